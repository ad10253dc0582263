/*
 * generate-corpus.c - writes a synthetic corpus of resumes for the `skillgap batch` benchmark.
 *
 *   cc -std=c99 -O2 -o generate-corpus Benchmarks/generate-corpus.c $(pkg-config --cflags --libs cairo)
 *   ./generate-corpus OUT [COUNT] [SEED]          (COUNT defaults to 1000, SEED to 1)
 *
 * Writes
 *   OUT/pdf/resume-NNNNN.pdf    COUNT two-page PDF resumes (US letter, cairo PDF surface, toy text API,
 *                               "DejaVu Sans", body 10 pt, wrapped at the margins);
 *   OUT/other/resume-NNNNN.html for every 10th resume (index % 10 == 0): simple h1/h2/p/ul/li;
 *   OUT/other/resume-NNNNN.txt  for every 10th + 5 (index % 10 == 5): plain text.
 * The HTML and text files are separate candidates (drawn from their own seeds), so the ranking has no
 * duplicates. PDFs go to their own folder so that a `pdftotext` reference can run on the PDFs alone.
 *
 * Every resume is drawn from its own random stream, derived from (SEED, kind, index) only, so the corpus is
 * the same on every run and a resume does not depend on COUNT. The PDFs carry fixed dates for the same reason.
 * Content: a name, a contact line (email, phone, github.com/handle), EDUCATION, EXPERIENCE (3 to 5 jobs of
 * 3 to 5 bullets, each "verb + object + tools + metric"), PROJECTS (2 to 4), SKILLS, AWARDS/ACTIVITIES, and
 * as many extra sections (coursework, certifications, volunteering...) as it takes to reach about two pages.
 * Each resume has a profile (machine learning, data, software, business, engineering), which picks most of
 * its titles and tools, so scores spread out across the ranking.
 */
#include <cairo.h>
#include <cairo-pdf.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define PAGE_W 612.0
#define PAGE_H 792.0
#define MARGIN 54.0 /* 0.75 in */
#define LEFT MARGIN
#define RIGHT (PAGE_W - MARGIN)
#define TOP 60.0
#define BOTTOM (PAGE_H - MARGIN)
#define BODY 10.0
#define LEAD 13.0
#define FONT "DejaVu Sans"
#define NELEMS(a) ((int)(sizeof(a) / sizeof((a)[0])))

static void die(const char *what, const char *detail)
{
    fprintf(stderr, "generate-corpus: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
    exit(1);
}

/* ---------------------------------------------------------------- random numbers (splitmix64) */

typedef struct { uint64_t s; } Rng;

static uint64_t next_u64(Rng *r)
{
    uint64_t z = (r->s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}
static int below(Rng *r, int n) { return (int)(next_u64(r) % (uint64_t)n); }
static int between(Rng *r, int lo, int hi) { return lo + below(r, hi - lo + 1); }
#define PICK(r, a) ((a)[below((r), NELEMS(a))])

/* Picks k distinct indices below n into out (k <= n). */
static void distinct(Rng *r, int n, int k, int *out)
{
    int i, j;
    for (i = 0; i < k; i++) {
    again:
        out[i] = below(r, n);
        for (j = 0; j < i; j++)
            if (out[j] == out[i]) goto again;
    }
}

/* ---------------------------------------------------------------- word lists */

static const char *FIRST[] = {
    "Aisha", "Alejandro", "Amara", "Ananya", "Ben", "Carlos", "Chen", "Chloe", "Daniel", "Dmitri",
    "Elena", "Emeka", "Fatima", "Gabriel", "Hana", "Hiroshi", "Ibrahim", "Isabel", "James", "Jia",
    "Kavya", "Kwame", "Laura", "Leila", "Lucas", "Maria", "Mateo", "Mei", "Mohammed", "Nadia",
    "Noah", "Olivia", "Omar", "Priya", "Rahul", "Rosa", "Samuel", "Sofia", "Tariq", "Yuki",
};
static const char *LAST[] = {
    "Adeyemi", "Alvarez", "Anderson", "Bauer", "Chen", "Costa", "Das", "Dubois", "Fernandez", "Garcia",
    "Gupta", "Haddad", "Ivanova", "Jensen", "Kim", "Kowalski", "Lee", "Lopez", "Mensah", "Moreau",
    "Nakamura", "Nguyen", "Novak", "Okafor", "Olsen", "Patel", "Petrov", "Rahman", "Reyes", "Rossi",
    "Santos", "Schmidt", "Shah", "Silva", "Singh", "Suzuki", "Tanaka", "Walker", "Wang", "Zhang",
};
static const char *CITIES[] = {
    "Austin, TX", "Boston, MA", "Chicago, IL", "Denver, CO", "Seattle, WA", "New York, NY",
    "San Jose, CA", "Atlanta, GA", "Pittsburgh, PA", "Toronto, ON", "Remote", "Ann Arbor, MI",
};
static const char *UNIVERSITIES[] = {
    "University of Michigan", "Georgia Institute of Technology", "University of Texas at Austin",
    "University of Washington", "Purdue University", "Arizona State University", "Ohio State University",
    "University of Toronto", "University of Illinois Urbana-Champaign", "Northeastern University",
    "University of California, Davis", "Rutgers University", "Penn State University", "Boston University",
};
static const char *MONTHS[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

/* 60 skills, technical and not; the profiles below index into this list. */
static const char *TOOLS[60] = {
    /*  0 */ "Python", "SQL", "PyTorch", "TensorFlow", "scikit-learn", "pandas", "NumPy", "Excel", "Tableau", "Power BI",
    /* 10 */ "Java", "C++", "JavaScript", "TypeScript", "React", "Node.js", "Go", "Docker", "Kubernetes", "AWS",
    /* 20 */ "Azure", "Google Cloud", "Git", "Linux", "R", "Spark", "Airflow", "Kafka", "PostgreSQL", "MongoDB",
    /* 30 */ "Redis", "Snowflake", "dbt", "Looker", "QuickBooks", "Salesforce", "HubSpot", "SAP", "Jira", "Figma",
    /* 40 */ "Adobe Photoshop", "AutoCAD", "SolidWorks", "MATLAB", "Stata", "SPSS", "Google Analytics", "Terraform", "Jenkins", "GraphQL",
    /* 50 */ "Flask", "Django", "FastAPI", "Hugging Face", "OpenCV", "Keras", "XGBoost", "Microsoft Project", "Zendesk", "Matplotlib",
};

typedef struct {
    const char *name;
    const char *degrees[3];
    const char *titles[6];
    const char *companies[6];
    const char *objects[10];    /* what a bullet is about */
    const char *projects[6];    /* project names */
    const char *courses[8];
    int tools[16];              /* indices into TOOLS, most likely first */
} Profile;

static const Profile PROFILES[] = {
    { "ml",
      { "B.S. in Computer Science", "M.S. in Machine Learning", "B.S. in Data Science" },
      { "Machine Learning Intern", "Research Assistant", "Data Science Intern", "ML Engineer Intern",
        "Applied Scientist Intern", "AI Research Intern" },
      { "Northwind Robotics", "Lumen Health AI", "Atlas Vision Labs", "Brightpath Analytics",
        "Cedar Language Technologies", "University Vision Lab" },
      { "an image classification model", "a text classifier for support tickets", "a recommendation model",
        "a fraud detection pipeline", "the feature store", "a model evaluation harness",
        "an object detection model", "a named entity recognition model", "the training data pipeline",
        "a forecasting model for demand" },
      { "Sign Language Recognizer", "News Summarizer", "Plant Disease Detector", "Movie Recommender",
        "Resume Parser", "Speech Emotion Classifier" },
      { "Linear Algebra", "Probability and Statistics", "Machine Learning", "Deep Learning",
        "Data Structures and Algorithms", "Natural Language Processing", "Computer Vision", "Optimization" },
      { 0, 2, 4, 5, 6, 3, 53, 54, 55, 56, 59, 17, 19, 22, 23, 52 } },
    { "data",
      { "B.S. in Statistics", "B.A. in Economics", "M.S. in Business Analytics" },
      { "Data Analyst Intern", "Business Intelligence Intern", "Analytics Engineer Intern",
        "Data Analyst", "Research Analyst", "Operations Analyst" },
      { "Harbor Retail Group", "Meridian Insurance", "Bluefin Logistics", "Summit Credit Union",
        "Greenfield Foods", "Cobalt Marketing Co." },
      { "the weekly sales dashboard", "a customer churn analysis", "the monthly KPI report",
        "an A/B test of the checkout page", "a demand forecast", "the data warehouse models",
        "a pricing analysis", "the marketing attribution report", "an inventory reconciliation",
        "a customer segmentation" },
      { "Housing Price Explorer", "Bike Share Demand Study", "Airline Delay Dashboard", "COVID Trends Tracker",
        "Spotify Listening Analysis", "Campus Dining Survey" },
      { "Statistics", "Regression Analysis", "Database Systems", "Data Visualization",
        "Econometrics", "Probability", "Survey Methods", "Business Analytics" },
      { 1, 7, 8, 9, 0, 5, 24, 31, 32, 33, 26, 44, 45, 46, 59, 22 } },
    { "software",
      { "B.S. in Computer Science", "B.S. in Software Engineering", "B.S. in Computer Engineering" },
      { "Software Engineering Intern", "Backend Developer Intern", "Full-Stack Developer",
        "Platform Engineering Intern", "Web Developer", "Site Reliability Intern" },
      { "Orbit Payments", "Keystone Software", "Pinecrest Cloud", "Vertex Mobile", "Quarry Games",
        "Redwood Systems" },
      { "the payments API", "a React dashboard", "the CI pipeline", "a GraphQL gateway",
        "the deployment scripts", "an internal admin tool", "the search service", "the mobile checkout flow",
        "a caching layer", "the logging and alerting setup" },
      { "Campus Marketplace", "Realtime Chat App", "Budget Tracker", "Distributed Key-Value Store",
        "Code Review Bot", "Transit Arrival Tracker" },
      { "Data Structures", "Algorithms", "Operating Systems", "Computer Networks",
        "Database Systems", "Software Engineering", "Distributed Systems", "Compilers" },
      { 10, 12, 13, 14, 15, 16, 17, 18, 19, 22, 28, 29, 30, 47, 48, 49 } },
    { "business",
      { "B.B.A. in Finance", "B.S. in Marketing", "B.S. in Accounting" },
      { "Finance Intern", "Marketing Coordinator", "Sales Operations Intern", "Accounting Assistant",
        "Business Analyst Intern", "Customer Success Associate" },
      { "Lakeside Partners", "Granite Bank", "Evergreen Events", "Northstar Consulting", "Maple Street Bakery",
        "Horizon Realty" },
      { "the monthly close process", "the quarterly budget", "the customer onboarding process",
        "a social media campaign", "the sales pipeline report", "vendor invoices", "the lead scoring process",
        "a market research survey", "the expense reports", "the client renewal process" },
      { "Small Business Valuation Model", "Campus Coffee Marketing Plan", "Nonprofit Budget Review",
        "Retail Pricing Study", "Student Investment Fund Report", "Local Tourism Survey" },
      { "Financial Accounting", "Corporate Finance", "Marketing Management", "Business Statistics",
        "Managerial Accounting", "Operations Management", "Business Law", "Consumer Behavior" },
      { 7, 34, 35, 36, 37, 9, 8, 46, 38, 57, 58, 1, 40, 39, 33, 24 } },
    { "engineering",
      { "B.S. in Mechanical Engineering", "B.S. in Civil Engineering", "B.S. in Electrical Engineering" },
      { "Mechanical Engineering Intern", "Design Engineer Intern", "Manufacturing Engineer",
        "Field Engineer Intern", "Test Engineer", "Project Engineer Intern" },
      { "Ironwood Manufacturing", "Clearwater Civil", "Volta Power Systems", "Apex Aerospace",
        "Riverbend Construction", "Kinetic Automotive" },
      { "a bracket assembly", "the test fixture", "the production line layout", "a bridge load analysis",
        "the battery enclosure", "the quality inspection process", "a heat exchanger design",
        "the maintenance schedule", "a wiring harness", "the site drainage plan" },
      { "Formula SAE Suspension", "Solar Car Battery Pack", "Autonomous Rover", "3D-Printed Prosthetic Hand",
        "Wind Turbine Blade Study", "Smart Irrigation Controller" },
      { "Statics", "Thermodynamics", "Fluid Mechanics", "Materials Science",
        "Circuits", "Control Systems", "Engineering Design", "Numerical Methods" },
      { 41, 42, 43, 7, 0, 57, 11, 38, 23, 22, 8, 24, 59, 6, 37, 1 } },
};

static const char *VERBS[] = {
    "Built", "Designed", "Developed", "Automated", "Improved", "Led", "Redesigned", "Optimized",
    "Implemented", "Launched", "Analyzed", "Streamlined", "Migrated", "Created", "Refactored", "Scaled",
};
static const char *METRICS[] = {
    "cutting processing time by %d%%", "improving accuracy by %d%%", "saving %d hours a month",
    "reducing costs by %d%%", "raising conversion by %d%%", "serving %d,000 users a week",
    "reducing errors by %d%%", "increasing throughput by %d%%", "shortening turnaround by %d days",
    "lifting customer satisfaction by %d points", "for a team of %d people", "across %d regional offices",
};
static const char *CONTEXTS[] = {
    "working with product and design", "in two-week sprints", "with two other interns",
    "for the operations team", "as part of a company-wide initiative", "and documented it for the team",
    "under a tight quarterly deadline", "and presented the results to leadership",
};
static const char *PROJECT_DESCRIPTIONS[] = {
    "A course project that grew into a tool used by classmates",
    "A hackathon project that placed in the top three",
    "A personal project, open source on GitHub",
    "A capstone project with a local company as the client",
    "A team project with four students over one semester",
};
static const char *AWARDS[] = {
    "Dean's List, six semesters", "Hackathon winner, Best Use of Data", "Merit Scholarship recipient",
    "Treasurer, Student Finance Club", "Volunteer tutor, city library math program",
    "Captain, intramural soccer team", "Member, Society of Women Engineers",
    "Mentor, first-year engineering students", "Case competition finalist",
    "Organizer, campus coding workshop series", "Undergraduate research award", "Eagle Scout",
};
static const char *CERTIFICATIONS[] = {
    "AWS Certified Cloud Practitioner", "Google Data Analytics Certificate", "Certified Scrum Master",
    "Tableau Desktop Specialist", "Microsoft Office Specialist: Excel Expert", "EIT (Engineer in Training)",
    "Salesforce Certified Administrator", "Deep Learning Specialization (Coursera)",
};
static const char *VOLUNTEERING[] = {
    "Taught weekly programming lessons to high school students at a community center",
    "Organized a food drive that collected over 2,000 meals for local families",
    "Built a volunteer scheduling spreadsheet used by a neighborhood association",
    "Helped small businesses set up bookkeeping as part of a campus outreach program",
    "Led campus tours for admitted students and their families",
    "Mentored three first-generation students through their first year",
};
static const char *LANGUAGES[] = {
    "English (native)", "Spanish (fluent)", "Mandarin (conversational)", "Hindi (fluent)",
    "French (conversational)", "Arabic (fluent)", "Japanese (basic)", "Portuguese (conversational)",
};

/* ---------------------------------------------------------------- the resume model */

enum Kind { NAME, CONTACT, HEADING, ENTRY, BULLET, PARA };

typedef struct {
    enum Kind kind;
    char text[512];
    char right[64]; /* ENTRY: dates, right-aligned */
} Item;

typedef struct {
    char name[64];
    char email[96], phone[32], github[96], city[32];
    Item items[160];
    int n;
} Resume;

static Item *add(Resume *r, enum Kind kind, const char *right, const char *fmt, ...)
{
    Item *it;
    va_list ap;
    if (r->n >= NELEMS(r->items)) die("internal error", "too many items");
    it = &r->items[r->n++];
    it->kind = kind;
    snprintf(it->right, sizeof it->right, "%s", right ? right : "");
    va_start(ap, fmt);
    vsnprintf(it->text, sizeof it->text, fmt, ap);
    va_end(ap);
    return it;
}

static void lower_ascii(char *dst, const char *src, size_t cap)
{
    size_t i;
    for (i = 0; src[i] && i + 1 < cap; i++)
        dst[i] = (src[i] >= 'A' && src[i] <= 'Z') ? (char)(src[i] - 'A' + 'a') : src[i];
    dst[i] = '\0';
}

static const char *tool(Rng *g, const Profile *p)
{
    /* Three times in four, a tool of the profile (earlier ones more often); else any of the 60. */
    if (below(g, 4) != 0) return TOOLS[p->tools[below(g, 1 + below(g, 16))]];
    return TOOLS[below(g, 60)];
}

static void bullet_text(Rng *g, const Profile *p, char *out, size_t cap)
{
    char metric[96];
    const char *t1 = tool(g, p), *t2 = tool(g, p);
    snprintf(metric, sizeof metric, PICK(g, METRICS), between(g, 2, 60));
    if (t2 == t1 || below(g, 3) == 0)
        snprintf(out, cap, "%s %s with %s, %s", PICK(g, VERBS), PICK(g, p->objects), t1, metric);
    else
        snprintf(out, cap, "%s %s using %s and %s %s, %s", PICK(g, VERBS), PICK(g, p->objects), t1, t2,
                 PICK(g, CONTEXTS), metric);
}

/* One resume, from its own stream. Extra sections come after, as needed, through add_extra(). */
static void make_resume(Resume *r, Rng *g)
{
    const Profile *p = &PROFILES[below(g, NELEMS(PROFILES))];
    const char *first = PICK(g, FIRST), *last = PICK(g, LAST);
    char lf[32], ll[32], text[512];
    int grad = between(g, 2018, 2026), jobs = between(g, 3, 5), projects = between(g, 2, 4);
    int i, j, year = grad, month = below(g, 12);

    memset(r, 0, sizeof *r);
    lower_ascii(lf, first, sizeof lf);
    lower_ascii(ll, last, sizeof ll);
    snprintf(r->name, sizeof r->name, "%s %s", first, last);
    switch (below(g, 3)) {
    case 0: snprintf(r->email, sizeof r->email, "%s.%s@example.com", lf, ll); break;
    case 1: snprintf(r->email, sizeof r->email, "%c%s%d@mail.example.org", lf[0], ll, between(g, 1, 99)); break;
    default: snprintf(r->email, sizeof r->email, "%s_%s@example.net", lf, ll); break;
    }
    snprintf(r->phone, sizeof r->phone, "(%d) 555-01%02d", between(g, 201, 989), between(g, 0, 99));
    snprintf(r->github, sizeof r->github, "github.com/%s%s%s", lf, below(g, 2) ? "-" : "", ll);
    snprintf(r->city, sizeof r->city, "%s", PICK(g, CITIES));

    add(r, NAME, NULL, "%s", r->name);
    add(r, CONTACT, NULL, "%s | %s | %s | %s", r->email, r->phone, r->github, r->city);

    add(r, HEADING, NULL, "EDUCATION");
    add(r, ENTRY, NULL, "%s, %s", PICK(g, UNIVERSITIES), p->degrees[below(g, 3)]);
    snprintf(r->items[r->n - 1].right, sizeof r->items[0].right, "May %d", grad);
    add(r, PARA, NULL, "GPA: 3.%02d/4.00. Relevant coursework: %s, %s, %s, %s.", between(g, 10, 98), p->courses[0 + below(g, 2)], p->courses[2 + below(g, 2)],
        p->courses[4 + below(g, 2)], p->courses[6 + below(g, 2)]);

    add(r, HEADING, NULL, "EXPERIENCE");
    for (i = 0; i < jobs; i++) {
        /* Most recent first: each job ends where the next one (older) starts. */
        int end_year = year, end_month = month, len = between(g, 3, 9);
        int start_month = ((end_month - len) % 12 + 12) % 12;
        int start_year = end_year - (len > end_month ? (len - end_month + 11) / 12 : 0);
        char dates[64];
        if (i == 0 && below(g, 2))
            snprintf(dates, sizeof dates, "%s %d \xE2\x80\x93 Present", MONTHS[start_month], start_year);
        else
            snprintf(dates, sizeof dates, "%s %d \xE2\x80\x93 %s %d", MONTHS[start_month], start_year,
                     MONTHS[end_month], end_year);
        add(r, ENTRY, dates, "%s, %s, %s", p->titles[below(g, 6)], p->companies[below(g, 6)], PICK(g, CITIES));
        for (j = between(g, 3, 5); j > 0; j--) {
            bullet_text(g, p, text, sizeof text);
            add(r, BULLET, NULL, "%s", text);
        }
        year = start_year - (start_month == 0 ? 1 : 0);
        month = (start_month + 11) % 12;
    }

    add(r, HEADING, NULL, "PROJECTS");
    {
        int pick[4];
        distinct(g, 6, projects, pick);
        for (i = 0; i < projects; i++) {
            int t[3];
            distinct(g, 16, 3, t);
            add(r, ENTRY, NULL, "%s | %s, %s, %s", p->projects[pick[i]], TOOLS[p->tools[t[0]]],
                TOOLS[p->tools[t[1]]], TOOLS[p->tools[t[2]]]);
            snprintf(r->items[r->n - 1].right, sizeof r->items[0].right, "%d", grad - below(g, 3));
            add(r, PARA, NULL, "%s.", PICK(g, PROJECT_DESCRIPTIONS));
            for (j = between(g, 2, 3); j > 0; j--) {
                bullet_text(g, p, text, sizeof text);
                add(r, BULLET, NULL, "%s", text);
            }
        }
    }

    add(r, HEADING, NULL, "SKILLS");
    {
        int pick[10], k = between(g, 6, 10);
        size_t used = 0;
        distinct(g, 16, k, pick);
        text[0] = '\0';
        for (i = 0; i < k; i++)
            used += (size_t)snprintf(text + used, sizeof text - used, "%s%s", i ? ", " : "", TOOLS[p->tools[pick[i]]]);
        add(r, PARA, NULL, "Technical: %s", text);
        distinct(g, 60, 4, pick);
        add(r, PARA, NULL, "Also: %s, %s, %s, %s", TOOLS[pick[0]], TOOLS[pick[1]], TOOLS[pick[2]], TOOLS[pick[3]]);
        distinct(g, NELEMS(LANGUAGES), 2, pick);
        add(r, PARA, NULL, "Languages: %s, %s", LANGUAGES[pick[0]], LANGUAGES[pick[1]]);
    }

    add(r, HEADING, NULL, below(g, 2) ? "AWARDS & ACTIVITIES" : (below(g, 2) ? "AWARDS" : "ACTIVITIES"));
    {
        int pick[5], k = between(g, 3, 5);
        distinct(g, NELEMS(AWARDS), k, pick);
        for (i = 0; i < k; i++) add(r, BULLET, NULL, "%s", AWARDS[pick[i]]);
    }
}

/* Extra sections to fill the second page, in this order; returns 0 when there are none left. */
static int add_extra(Resume *r, Rng *g, int which)
{
    int pick[4], i;
    switch (which) {
    case 0:
        add(r, HEADING, NULL, "CERTIFICATIONS");
        distinct(g, NELEMS(CERTIFICATIONS), 3, pick);
        for (i = 0; i < 3; i++) add(r, BULLET, NULL, "%s (%d)", CERTIFICATIONS[pick[i]], between(g, 2019, 2025));
        return 1;
    case 1:
        add(r, HEADING, NULL, "VOLUNTEERING");
        distinct(g, NELEMS(VOLUNTEERING), 3, pick);
        for (i = 0; i < 3; i++) add(r, BULLET, NULL, "%s", VOLUNTEERING[pick[i]]);
        return 1;
    case 2:
        add(r, HEADING, NULL, "LEADERSHIP");
        add(r, ENTRY, NULL, "President, %s", below(g, 2) ? "Data Science Club" : "Engineering Student Council");
        snprintf(r->items[r->n - 1].right, sizeof r->items[0].right, "%d \xE2\x80\x93 %d", 2020 + below(g, 3), 2023 + below(g, 3));
        add(r, BULLET, NULL, "Grew membership from %d to %d students and ran %d workshops a semester",
            between(g, 20, 40), between(g, 60, 150), between(g, 4, 9));
        add(r, BULLET, NULL, "Raised $%d,000 in sponsorship from local companies for the annual conference",
            between(g, 3, 25));
        add(r, BULLET, NULL, "Coordinated a team of %d officers and set the budget with the student union",
            between(g, 5, 12));
        return 1;
    case 3:
        add(r, HEADING, NULL, "INTERESTS");
        add(r, PARA, NULL, "Distance running, chess, cooking for friends, open-source contributions, "
                           "photography, and reading about the history of science.");
        return 1;
    default:
        return 0;
    }
}

/* ---------------------------------------------------------------- PDF layout */

static double width(cairo_t *cr, const char *s)
{
    cairo_text_extents_t e;
    cairo_text_extents(cr, s, &e);
    return e.x_advance;
}

static void face(cairo_t *cr, int bold, double size)
{
    cairo_select_font_face(cr, FONT, CAIRO_FONT_SLANT_NORMAL, bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, size);
}

typedef struct {
    cairo_t *cr;
    int draw;     /* 0: measure only */
    int page;     /* 1-based */
    double y;     /* baseline of the next line */
} Pen;

static void new_page(Pen *p)
{
    if (p->draw) cairo_show_page(p->cr);
    p->page++;
    p->y = TOP;
}

/* Needs room for `h` more points on this page, or moves to the next. */
static void room(Pen *p, double h)
{
    if (p->y + h > BOTTOM) new_page(p);
}

static void show(Pen *p, double x, const char *s)
{
    if (!p->draw) return;
    cairo_move_to(p->cr, x, p->y);
    cairo_show_text(p->cr, s);
}

/* Greedy word wrap of `text` between x and RIGHT, one word width at a time (the toy API does not kern). */
static void wrapped(Pen *p, double x, const char *text)
{
    char line[512], word[512];
    const char *s = text;
    double maxw = RIGHT - x, space = width(p->cr, " ");
    while (*s) {
        size_t len = 0;
        double w = 0;
        while (*s) {
            size_t n = strcspn(s, " ");
            double ww;
            memcpy(word, s, n);
            word[n] = '\0';
            ww = width(p->cr, word);
            if (len > 0 && w + space + ww > maxw) break;
            if (len > 0) { line[len++] = ' '; w += space; }
            memcpy(line + len, word, n);
            len += n;
            w += ww;
            s += n;
            while (*s == ' ') s++;
        }
        line[len] = '\0';
        room(p, 0);
        show(p, x, line);
        p->y += LEAD;
    }
}

/* Lays the resume out (draw = 0: only measures). Returns the pages used; *last_y is the end on the last one. */
static int layout(cairo_t *cr, const Resume *r, int draw, double *last_y)
{
    Pen p = { cr, draw, 1, TOP };
    int i;
    if (draw) cairo_set_source_rgb(cr, 0, 0, 0);
    for (i = 0; i < r->n; i++) {
        const Item *it = &r->items[i];
        switch (it->kind) {
        case NAME:
            face(cr, 1, 20);
            p.y += 8;
            show(&p, LEFT, it->text);
            p.y += 18;
            break;
        case CONTACT:
            face(cr, 0, BODY);
            show(&p, LEFT, it->text);
            p.y += LEAD;
            break;
        case HEADING:
            /* A heading never ends a page: keep it with two lines of what follows. */
            p.y += 8;
            room(&p, 14 + 2 * LEAD);
            face(cr, 1, 12);
            show(&p, LEFT, it->text);
            if (draw) {
                cairo_set_line_width(cr, 0.6);
                cairo_move_to(cr, LEFT, p.y + 3);
                cairo_line_to(cr, RIGHT, p.y + 3);
                cairo_stroke(cr);
            }
            p.y += 16;
            break;
        case ENTRY:
            if (i > 0 && r->items[i - 1].kind != HEADING) p.y += 3;
            room(&p, 2 * LEAD);
            face(cr, 0, BODY);
            if (it->right[0]) show(&p, RIGHT - width(cr, it->right), it->right);
            face(cr, 1, BODY);
            show(&p, LEFT, it->text);
            p.y += LEAD;
            break;
        case BULLET:
            face(cr, 0, BODY);
            room(&p, 0);
            show(&p, LEFT + 6, "\xE2\x80\xA2");
            wrapped(&p, LEFT + 16, it->text);
            break;
        case PARA:
            face(cr, 0, BODY);
            wrapped(&p, LEFT, it->text);
            break;
        }
    }
    *last_y = p.y;
    return p.page;
}

/* ---------------------------------------------------------------- writers */

static char out_dir[4096];

static void path_for(char *buf, size_t cap, const char *sub, int index, const char *ext)
{
    snprintf(buf, cap, "%s/%s/resume-%05d.%s", out_dir, sub, index, ext);
}

/* Adds extra sections until the resume reaches the middle of page 2; drops the last extra if it spills. */
static void fill_two_pages(cairo_t *cr, Resume *r, Rng *g)
{
    double y;
    int extra = 0, pages = layout(cr, r, 0, &y);
    while (pages < 2 || (pages == 2 && y < (TOP + BOTTOM) / 2)) {
        int before = r->n;
        if (!add_extra(r, g, extra++)) break;
        pages = layout(cr, r, 0, &y);
        if (pages > 2) { r->n = before; break; }
    }
}

static void write_pdf(Resume *r, Rng *g, int index)
{
    char path[4352], title[128];
    cairo_surface_t *s;
    cairo_t *cr;
    cairo_status_t st;
    double y;
    int pages;

    path_for(path, sizeof path, "pdf", index, "pdf");
    s = cairo_pdf_surface_create(path, PAGE_W, PAGE_H);
    if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) die("cannot create", path);
    snprintf(title, sizeof title, "%s - Resume", r->name);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, title);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_AUTHOR, r->name);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, "skillgap Benchmarks/generate-corpus.c");
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE, "2025-01-01T00:00:00Z");
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_MOD_DATE, "2025-01-01T00:00:00Z");
    cr = cairo_create(s);

    fill_two_pages(cr, r, g);
    pages = layout(cr, r, 1, &y);
    if (pages != 2) fprintf(stderr, "generate-corpus: warning: %s has %d pages\n", path, pages);

    st = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(s);
    if (st == CAIRO_STATUS_SUCCESS) st = cairo_surface_status(s);
    cairo_surface_destroy(s);
    if (st != CAIRO_STATUS_SUCCESS) die(cairo_status_to_string(st), path);
}

static void html_escaped(FILE *f, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '&': fputs("&amp;", f); break;
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        default: fputc(*s, f);
        }
    }
}

static void write_html(const Resume *r, int index)
{
    char path[4352];
    int i, in_list = 0;
    FILE *f;
    path_for(path, sizeof path, "other", index, "html");
    if (!(f = fopen(path, "w"))) die("cannot create", path);
    fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>", f);
    html_escaped(f, r->name);
    fputs(" - Resume</title>\n</head>\n<body>\n", f);
    for (i = 0; i < r->n; i++) {
        const Item *it = &r->items[i];
        if (in_list && it->kind != BULLET) { fputs("</ul>\n", f); in_list = 0; }
        switch (it->kind) {
        case NAME: fputs("<h1>", f); html_escaped(f, it->text); fputs("</h1>\n", f); break;
        case CONTACT:
            fprintf(f, "<p>%s | %s | <a href=\"https://%s\">%s</a> | %s</p>\n", r->email, r->phone, r->github,
                    r->github, r->city);
            break;
        case HEADING: fputs("<h2>", f); html_escaped(f, it->text); fputs("</h2>\n", f); break;
        case ENTRY:
            fputs("<p><b>", f); html_escaped(f, it->text); fputs("</b>", f);
            if (it->right[0]) { fputs(", ", f); html_escaped(f, it->right); }
            fputs("</p>\n", f);
            break;
        case BULLET:
            if (!in_list) { fputs("<ul>\n", f); in_list = 1; }
            fputs("  <li>", f); html_escaped(f, it->text); fputs("</li>\n", f);
            break;
        case PARA: fputs("<p>", f); html_escaped(f, it->text); fputs("</p>\n", f); break;
        }
    }
    if (in_list) fputs("</ul>\n", f);
    fputs("</body>\n</html>\n", f);
    if (fclose(f) != 0) die("cannot write", path);
}

static void write_text(const Resume *r, int index)
{
    char path[4352];
    int i;
    FILE *f;
    path_for(path, sizeof path, "other", index, "txt");
    if (!(f = fopen(path, "w"))) die("cannot create", path);
    for (i = 0; i < r->n; i++) {
        const Item *it = &r->items[i];
        switch (it->kind) {
        case NAME: case CONTACT: fprintf(f, "%s\n", it->text); break;
        case HEADING: fprintf(f, "\n%s\n", it->text); break;
        case ENTRY: fprintf(f, it->right[0] ? "%s, %s\n" : "%s%s\n", it->text, it->right); break;
        case BULLET: fprintf(f, "- %s\n", it->text); break;
        case PARA: fprintf(f, "%s\n", it->text); break;
        }
    }
    if (fclose(f) != 0) die("cannot write", path);
}

/* ---------------------------------------------------------------- main */

static void make_dir(const char *path)
{
    if (mkdir(path, 0777) != 0 && errno != EEXIST) die("cannot create folder", path);
}

static Rng stream(uint64_t seed, uint64_t kind, uint64_t index)
{
    Rng g = { seed * 0xD1B54A32D192ED03ull ^ (kind << 56) ^ index };
    next_u64(&g);
    return g;
}

int main(int argc, char **argv)
{
    static Resume r; /* ~90 KB: keep it off the stack */
    char sub[4352];
    long count = 1000;
    unsigned long long seed = 1;
    int i, html = 0, text = 0;

    if (argc < 2 || argc > 4 || argv[1][0] == '-') {
        fprintf(stderr, "usage: %s OUT [COUNT=1000] [SEED=1]\n", argv[0]);
        return 64;
    }
    if (argc > 2) count = strtol(argv[2], NULL, 10);
    if (argc > 3) seed = strtoull(argv[3], NULL, 10);
    if (count < 1 || count > 99999) die("COUNT must be 1 to 99999", NULL);
    snprintf(out_dir, sizeof out_dir, "%s", argv[1]);
    make_dir(out_dir);
    snprintf(sub, sizeof sub, "%s/pdf", out_dir);
    make_dir(sub);
    snprintf(sub, sizeof sub, "%s/other", out_dir);
    make_dir(sub);

    for (i = 1; i <= count; i++) {
        Rng g = stream(seed, 0, (uint64_t)i);
        make_resume(&r, &g);
        write_pdf(&r, &g, i);
        if (i % 10 == 0 || i % 10 == 5) {
            /* Another candidate, with extra sections up to the same length as a PDF's. */
            Rng h = stream(seed, i % 10 == 0 ? 1 : 2, (uint64_t)i);
            int extra = 0;
            make_resume(&r, &h);
            while (add_extra(&r, &h, extra++) && extra < 3) {}
            if (i % 10 == 0) { write_html(&r, i); html++; } else { write_text(&r, i); text++; }
        }
    }
    printf("generate-corpus: wrote %ld PDF, %d HTML and %d text resumes into %s (seed %llu)\n", count, html,
           text, out_dir, seed);
    return 0;
}

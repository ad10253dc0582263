/*
 * poppler-floor.c - the floor under `skillgap batch --jobs 1`: poppler itself reading the same text, character
 * boxes and font runs that skillgap asks it for, with nothing of skillgap's own work.
 *
 * Usage:  poppler-floor [--keep-global-parameters] PDF...   (or `-` to read the paths from standard input)
 * Build:  cc -O2 -o poppler-floor Benchmarks/poppler-floor.c $(pkg-config --cflags --libs poppler-glib gio-2.0)
 *         (gio-2.0 for the memory input stream: poppler-glib's .pc file does not list it, as skillgap's
 *         Sources/CPoppler/module.modulemap links it by hand)
 *
 * For each PDF, in one thread, it does what Sources/Ingest/PDFExtractor.swift and PDFPageReader.swift ask of
 * poppler-glib, and only that:
 *   - read the file's bytes and open them the way PDFExtractor does: a GBytes, a memory input stream over it,
 *     poppler_document_new_from_stream (no password);
 *   - for each of the first 40 pages (skillgap's default --max-pages): poppler_page_get_size,
 *     poppler_page_get_text, poppler_page_get_text_layout (one rectangle per character),
 *     poppler_page_get_text_attributes (the font runs: name, size, colour) and
 *     poppler_page_get_link_mapping (link annotations: skillgap reads their URIs), each freed as skillgap
 *     frees it.
 * With --keep-global-parameters first, it keeps one blank document open for the whole run, as skillgap's
 * PDFExtractor does, so poppler's global parameters are set up once and not once per file (keep_global_parameters):
 * the floor of poppler used that well. Without it, each file opens and closes poppler as a plain program would.
 * Not included, because it is skillgap's cost and not poppler's floor: the hidden-text background probe
 * (which renders the area under white text with cairo, only on pages that have white text), and everything
 * done with the text afterwards (segments, columns, sections, matching, scoring, the ranking).
 *
 * It prints one line to standard output:
 *     poppler-floor: FILES files, PAGES pages, SECONDS s
 * FILES counts the files opened, PAGES the pages read, SECONDS the wall time (CLOCK_MONOTONIC) of the whole
 * loop, reading the files included. A file that cannot be read or opened (missing, damaged, encrypted) gets a
 * line on standard error and is counted there; the loop goes on. Exit status: 0 when at least one file was
 * opened, 1 otherwise, 64 on a usage error.
 *
 * Benchmarks/batch-benchmark.sh builds it and runs it on the PDFs of its measurement (d): the floor ratio
 * (d) / (f) says how far skillgap's one-worker batch is from what poppler alone costs on the same files.
 */
#define _POSIX_C_SOURCE 200809L

#include <poppler.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* skillgap's default --max-pages: the pages after it are not read. */
enum { maximum_pages = 40 };

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Reads one page as PDFPageReader does (without the background probe). */
static void read_page(PopplerPage *page) {
    double width = 0, height = 0;
    poppler_page_get_size(page, &width, &height);

    gchar *text = poppler_page_get_text(page);
    if (text == NULL) return;
    PopplerRectangle *rectangles = NULL;
    guint count = 0;
    if (poppler_page_get_text_layout(page, &rectangles, &count)) {
        GList *attributes = poppler_page_get_text_attributes(page);
        if (attributes != NULL) poppler_page_free_text_attributes(attributes);
        GList *links = poppler_page_get_link_mapping(page);
        if (links != NULL) poppler_page_free_link_mapping(links);
        g_free(rectangles);
    }
    g_free(text);
}

/* Opens and reads one PDF; returns the pages read, or -1 (with a line on stderr) when it cannot be opened. */
static long read_document(const char *path) {
    gchar *contents = NULL;
    gsize length = 0;
    GError *error = NULL;
    if (!g_file_get_contents(path, &contents, &length, &error)) {
        fprintf(stderr, "poppler-floor: %s: %s\n", path, error->message);
        g_error_free(error);
        return -1;
    }
    if (length == 0) {
        fprintf(stderr, "poppler-floor: %s: empty file\n", path);
        g_free(contents);
        return -1;
    }
    GBytes *bytes = g_bytes_new_take(contents, length);
    GInputStream *stream = g_memory_input_stream_new_from_bytes(bytes);
    PopplerDocument *document =
        poppler_document_new_from_stream(stream, (goffset)length, NULL, NULL, &error);
    long pages = -1;
    if (document == NULL) {
        fprintf(stderr, "poppler-floor: %s: %s\n", path,
                error != NULL ? error->message : "poppler could not open it");
    } else {
        int count = poppler_document_get_n_pages(document);
        if (count > maximum_pages) count = maximum_pages;
        pages = 0;
        for (int index = 0; index < count; index++) {
            PopplerPage *page = poppler_document_get_page(document, index);
            if (page == NULL) continue;
            read_page(page);
            g_object_unref(page);
            pages++;
        }
        g_object_unref(document);
    }
    if (error != NULL) g_error_free(error);
    g_object_unref(stream);
    g_bytes_unref(bytes);
    return pages;
}

/* poppler-glib sets up its global parameters when a document opens while none is open and tears them down when
   the last one closes: one blank page kept open for the whole run spares every file that cost, as skillgap's
   PDFExtractor does. */
static PopplerDocument *keep_global_parameters(void) {
    static const char blank[] =
        "%PDF-1.4\n"
        "1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n"
        "2 0 obj\n<</Type/Pages/Kids[3 0 R]/Count 1>>\nendobj\n"
        "3 0 obj\n<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>>\nendobj\n";
    GString *pdf = g_string_new(blank);
    long offsets[3];
    const char *marks[3] = {"1 0 obj", "2 0 obj", "3 0 obj"};
    for (int index = 0; index < 3; index++) offsets[index] = strstr(pdf->str, marks[index]) - pdf->str;
    long table = (long)pdf->len;
    g_string_append(pdf, "xref\n0 4\n0000000000 65535 f \n");
    for (int index = 0; index < 3; index++) g_string_append_printf(pdf, "%010ld 00000 n \n", offsets[index]);
    g_string_append_printf(pdf, "trailer\n<</Size 4/Root 1 0 R>>\nstartxref\n%ld\n%%%%EOF\n", table);
    gsize length = pdf->len;
    GBytes *bytes = g_string_free_to_bytes(pdf);
    GInputStream *stream = g_memory_input_stream_new_from_bytes(bytes);
    PopplerDocument *document = poppler_document_new_from_stream(stream, (goffset)length, NULL, NULL, NULL);
    g_object_unref(stream);
    g_bytes_unref(bytes);
    return document;
}

int main(int argc, char **argv) {
    int keep = argc > 1 && strcmp(argv[1], "--keep-global-parameters") == 0;
    if (keep) {
        argv++;
        argc--;
    }
    if (argc < 2) {
        fprintf(stderr, "usage: poppler-floor [--keep-global-parameters] PDF...   or   poppler-floor [--keep-global-parameters] - (paths on standard input)\n");
        return 64;
    }
    GPtrArray *paths = g_ptr_array_new_with_free_func(g_free);
    if (argc == 2 && strcmp(argv[1], "-") == 0) {
        char *line = NULL;
        size_t capacity = 0;
        ssize_t length;
        while ((length = getline(&line, &capacity, stdin)) != -1) {
            while (length > 0 && (line[length - 1] == '\n' || line[length - 1] == '\r')) line[--length] = '\0';
            if (length > 0) g_ptr_array_add(paths, g_strdup(line));
        }
        free(line);
    } else {
        for (int index = 1; index < argc; index++) g_ptr_array_add(paths, g_strdup(argv[index]));
    }

    long files = 0, pages = 0, unreadable = 0;
    double start = now();
    PopplerDocument *keeper = keep ? keep_global_parameters() : NULL;
    for (guint index = 0; index < paths->len; index++) {
        long read = read_document(g_ptr_array_index(paths, index));
        if (read < 0) {
            unreadable++;
        } else {
            files++;
            pages += read;
        }
    }
    double seconds = now() - start;
    if (keeper != NULL) g_object_unref(keeper);

    printf("poppler-floor: %ld files, %ld pages, %.3f s\n", files, pages, seconds);
    if (unreadable > 0) fprintf(stderr, "poppler-floor: %ld of %u files could not be opened\n", unreadable, paths->len);
    g_ptr_array_free(paths, TRUE);
    return files > 0 ? 0 : 1;
}

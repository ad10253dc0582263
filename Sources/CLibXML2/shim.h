#ifndef SKILLGAP_CLIBXML2_SHIM_H
#define SKILLGAP_CLIBXML2_SHIM_H
/* The types and constants of libxml2. The library is not linked: Ingest loads it when the first HTML or DOCX
   file is read (see Sources/Ingest/LibXML2.swift), so nothing here may call it directly. */

/* Debian builds libxml2 with ICU; its ICU declarations clash with Foundation's own ICU module.
   Skillgap never uses libxml2's ICU encoders, so the flag is dropped before the other headers. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/* Silences libxml2's default error printing to stderr for untrusted input: `set` is xmlSetGenericErrorFunc,
   whose handler is variadic, which Swift cannot declare. */
static void sg_xml_silent_handler(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void sg_xml_silence(void *set) {
    ((void (*)(void *, xmlGenericErrorFunc))set)(NULL, sg_xml_silent_handler);
}
#endif

#ifndef SKILLGAP_CLIBXML2_SHIM_H
#define SKILLGAP_CLIBXML2_SHIM_H
/* Debian builds libxml2 with ICU; its ICU declarations clash with Foundation's own ICU module.
   Skillgap never uses libxml2's ICU encoders, so the flag is dropped before the other headers. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/* xmlFree is a global function pointer, which Swift 6 rejects as shared mutable state. */
static inline void sg_xml_free(void *pointer) { xmlFree(pointer); }

/* Silences libxml2's default error printing to stderr for untrusted input. */
static void sg_xml_silent_handler(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void sg_xml_silence(void) {
    xmlSetGenericErrorFunc(NULL, sg_xml_silent_handler);
}
#endif

#ifndef SKILLGAP_CPOPPLER_SHIM_H
#define SKILLGAP_CPOPPLER_SHIM_H
#include <poppler.h>
#include <gio/gio.h>
#include <cairo.h>

/// Frees a GList of PopplerTextAttributes; a macro-free entry point for Swift.
static inline void sg_free_text_attributes(GList *list) { poppler_page_free_text_attributes(list); }
#endif

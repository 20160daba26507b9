#ifndef PITH_CLIBXML2_SHIM_H
#define PITH_CLIBXML2_SHIM_H

/* xmlversion.h first, then switch ICU off: Debian's libxml2 pulls in the
   system ICU headers, whose UErrorCode clashes with Foundation's copy. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/globals.h>

/* A structured-error sink that drops everything. */
static void pith_drop_structured_error(void *ctx, xmlErrorPtr error) {
    (void)ctx; (void)error;
}

/* A generic-error sink that drops everything (libxml2 prints encoding errors here). */
static void pith_drop_generic_error(void *ctx, const char *msg, ...) {
    (void)ctx; (void)msg;
}

/* Silence libxml2 for the calling thread. In libxml2 2.9 the error handlers
   are thread-local, so every thread that parses must call this first. */
static inline void pith_silence_errors(void) {
    xmlSetStructuredErrorFunc(NULL, pith_drop_structured_error);
    xmlSetGenericErrorFunc(NULL, pith_drop_generic_error);
}

/* xmlFree is a C global variable; Swift 6 rejects it as shared mutable state. */
static inline void pith_xml_free(void *p) {
    xmlFree(p);
}

#endif

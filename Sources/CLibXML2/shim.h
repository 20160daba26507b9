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
#include <stdlib.h>
/* globals.h is deprecated from 2.12 on (its declarations moved to the headers above). */
#if LIBXML_VERSION < 21200
#include <libxml/globals.h>
#endif

/* A structured-error sink that drops everything. From libxml2 2.12 on the callback takes a
   const error (xmlStructuredErrorFunc changed); 2.9–2.11 take a plain pointer. */
#if LIBXML_VERSION >= 21200
static void pith_drop_structured_error(void *ctx, const xmlError *error) {
    (void)ctx; (void)error;
}
#else
static void pith_drop_structured_error(void *ctx, xmlErrorPtr error) {
    (void)ctx; (void)error;
}
#endif

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

/* The version of the libxml2 that is loaded (not the headers'), e.g. 20914 or 21504: from 2.14 on
   the HTML tokenizer follows HTML5, and the page stripper must read markup the same way. */
static inline int pith_libxml_runtime_version(void) {
    return atoi(xmlParserVersion);
}

/* xmlFree is a C global variable; Swift 6 rejects it as shared mutable state. */
static inline void pith_xml_free(void *p) {
    xmlFree(p);
}

#endif

/* json: the little JSON writing the command line needs. Strings must be
 * valid UTF-8 (the catalog's are); they are written as UTF-8 with only what
 * JSON requires escaped, plus DEL and U+2028/U+2029 so the output is also
 * safe to paste into JavaScript. */
#ifndef JSON_H
#define JSON_H

#include <stdio.h>

void json_str(FILE *f, const char *s);

/* ,"key":"value" (or without the comma when first) */
void json_kv(FILE *f, const char *key, const char *value, int first);

/* ,"key":["a","b"] from a NULL-terminated or counted list */
void json_kv_list(FILE *f, const char *key, const char *const *items, size_t n);

#endif

/* util: allocation that never returns NULL, and the one way to die.
 * die() runs the registered cleanup (the UI restores the terminal) before it
 * prints "httpcodes: message" to stderr and exits with status 2. */
#ifndef UTIL_H
#define UTIL_H

#include <stdarg.h>
#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
void *xreallocarray(void *p, size_t n, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/* printf into a new string. */
__attribute__((format(printf, 1, 2)))
char *xasprintf(const char *fmt, ...);
char *xvasprintf(const char *fmt, va_list ap);

/* A message made fit for the locale, in place (returns msg): as it is in
 * UTF-8 (the arguments in it are quoted already: tl_quote), else a "?"
 * for every character that is not ASCII, which the terminal could not
 * show. For what goes to stderr. */
char *util_for_locale(char *msg);

/* Called by die() before it prints; set by whoever owns the terminal. */
void util_set_cleanup(void (*fn)(void));

__attribute__((noreturn, format(printf, 1, 2)))
void die(const char *fmt, ...);

#endif

/* helpers: what the test and benchmark programs share. */
#ifndef HELPERS_H
#define HELPERS_H

#include <stddef.h>

/* A whole file, NUL-terminated (malloc'd), or NULL. */
char *slurp(const char *path);

/* Microseconds on the monotonic clock. */
double now_us(void);

/* The median of v[0..n) (sorts v). */
double median(double *v, size_t n);

#endif

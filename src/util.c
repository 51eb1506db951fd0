#include "util.h"

#include <langinfo.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void (*cleanup)(void);

void util_set_cleanup(void (*fn)(void))
{
	cleanup = fn;
}

char *util_for_locale(char *msg)
{
	char *o = msg;

	if (strcmp(nl_langinfo(CODESET), "UTF-8") == 0)
		return msg;
	for (const char *p = msg; *p; p++)
		if ((unsigned char)*p < 0x80)
			*o++ = *p;
		else if (((unsigned char)*p & 0xC0) != 0x80)
			*o++ = '?';
	*o = '\0';
	return msg;
}

void die(const char *fmt, ...)
{
	va_list ap;

	if (cleanup)
		cleanup();
	fputs("httpcodes: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(2);
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p)
		die("out of memory (%zu bytes)", n);
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (!p)
		die("out of memory (%zu x %zu bytes)", n, size);
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		die("out of memory (%zu bytes)", n);
	return p;
}

void *xreallocarray(void *p, size_t n, size_t size)
{
	if (size && n > SIZE_MAX / size)
		die("out of memory (%zu x %zu bytes)", n, size);
	return xrealloc(p, n * size);
}

char *xstrndup(const char *s, size_t n)
{
	char *d = xmalloc(n + 1);

	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *xvasprintf(const char *fmt, va_list ap)
{
	char *s;

	if (vasprintf(&s, fmt, ap) < 0)
		die("out of memory");
	return s;
}

char *xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	s = xvasprintf(fmt, ap);
	va_end(ap);
	return s;
}

#include "json.h"

#include <string.h>

void json_str(FILE *f, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	putc('"', f);
	for (; *p; p++) {
		switch (*p) {
		case '"': fputs("\\\"", f); break;
		case '\\': fputs("\\\\", f); break;
		case '\n': fputs("\\n", f); break;
		case '\t': fputs("\\t", f); break;
		case '\r': fputs("\\r", f); break;
		case '\b': fputs("\\b", f); break;
		case '\f': fputs("\\f", f); break;
		default:
			if (*p < 0x20 || *p == 0x7f)
				fprintf(f, "\\u%04x", *p);
			else if (p[0] == 0xe2 && p[1] == 0x80 && (p[2] == 0xa8 || p[2] == 0xa9))
				fprintf(f, "\\u%04x", p[2] == 0xa8 ? 0x2028 : 0x2029), p += 2;
			else
				putc(*p, f);
		}
	}
	putc('"', f);
}

void json_kv(FILE *f, const char *key, const char *value, int first)
{
	if (!first)
		putc(',', f);
	json_str(f, key);
	putc(':', f);
	json_str(f, value);
}

void json_kv_list(FILE *f, const char *key, const char *const *items, size_t n)
{
	putc(',', f);
	json_str(f, key);
	fputs(":[", f);
	for (size_t i = 0; i < n; i++) {
		if (i)
			putc(',', f);
		json_str(f, items[i]);
	}
	putc(']', f);
}

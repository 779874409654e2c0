/* example.c — the zhfacts C API: extract the facts of one article and print them as a table, then as JSONL.
 *
 *   usage: c_api_example ARTICLE.txt [REFERENCE-DATE]
 *
 * Built as C11 and linked against the C++ library (a C++ linker pulls in the C++ runtime).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zhfacts/zhfacts_c.h>

/* Reads a whole file into a malloc'd buffer; NULL on failure. */
static char* ReadFile(const char* path, size_t* len) {
  FILE* f = fopen(path, "rb");
  if (f == NULL) return NULL;
  size_t cap = 1 << 16, n = 0;
  char* buf = malloc(cap);
  size_t got;
  while (buf != NULL && (got = fread(buf + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) buf = realloc(buf, cap *= 2);
  }
  fclose(f);
  *len = n;
  return buf;
}

static const char* Or(const char* s, const char* fallback) { return s != NULL ? s : fallback; }

int main(int argc, char** argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s ARTICLE.txt [REFERENCE-DATE]\n", argv[0]);
    return 2;
  }
  const char* reference_date = argc > 2 ? argv[2] : NULL;
  size_t len = 0;
  char* text = ReadFile(argv[1], &len);
  if (text == NULL) {
    fprintf(stderr, "cannot read %s\n", argv[1]);
    return 2;
  }

  zhfacts_options* options = zhfacts_options_new();
  zhfacts_options_set_traditional_to_simplified(options, 1);
  zhfacts_extractor* ex = NULL;
  zhfacts_status status = zhfacts_extractor_new(options, &ex);
  zhfacts_options_free(options);
  if (status != ZHFACTS_OK) {
    fprintf(stderr, "%s: %s\n", zhfacts_status_name(status), zhfacts_last_error());
    return 1;
  }

  zhfacts_document* doc = NULL;
  status = zhfacts_extract(ex, text, len, reference_date, &doc);
  if (status != ZHFACTS_OK) {
    fprintf(stderr, "%s: %s\n", zhfacts_status_name(status), zhfacts_last_error());
    return 1;
  }
  printf("zhfacts %s, reference date %s (%s), %zu records\n", zhfacts_version(),
         Or(zhfacts_document_reference_date(doc), "-"), zhfacts_document_reference_date_source(doc),
         zhfacts_document_record_count(doc));
  for (size_t i = 0; i < zhfacts_document_record_count(doc); ++i) {
    const zhfacts_record* r = zhfacts_document_record(doc, i);
    zhfacts_span bytes = zhfacts_record_byte_span(r);
    /* Provenance: the record's text is exactly the input's bytes at byte_span. */
    int exact = memcmp(text + bytes.start, zhfacts_record_text(r), bytes.end - bytes.start) == 0;
    printf("%-13s %-16s %-14s %-16s %-9s %s [%llu,%llu)%s\n", zhfacts_record_type(r), zhfacts_record_text(r),
           Or(zhfacts_record_value(r), "-"), Or(zhfacts_record_unit(r), "-"), zhfacts_record_qualifier(r),
           Or(zhfacts_record_metric(r), "-"), (unsigned long long)zhfacts_record_span(r).start,
           (unsigned long long)zhfacts_record_span(r).end, exact ? "" : " PROVENANCE MISMATCH");
  }
  zhfacts_document_free(doc);

  /* The same document as one --format jsonl line. */
  char* json = NULL;
  size_t json_len = 0;
  status = zhfacts_extract_jsonl(ex, text, len, reference_date, "article", &json, &json_len);
  if (status == ZHFACTS_OK) {
    printf("jsonl: %zu bytes, starts %.60s\n", json_len, json);
    zhfacts_string_free(json);
  }

  /* Errors are values with a message: a malformed reference date. */
  status = zhfacts_extract(ex, text, len, "2024-13-45", &doc);
  printf("bad reference date -> %s (%s)\n", zhfacts_status_name(status), doc == NULL ? "no document" : "?");

  zhfacts_extractor_free(ex);
  free(text);
  return 0;
}

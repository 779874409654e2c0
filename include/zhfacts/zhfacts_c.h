/* zhfacts/zhfacts_c.h — the C API: typed, source-linked facts from Chinese economic and technology news.
 *
 *   #include <zhfacts/zhfacts_c.h>
 *
 *   zhfacts_extractor* ex = NULL;
 *   if (zhfacts_extractor_new(NULL, &ex) != ZHFACTS_OK) { fprintf(stderr, "%s\n", zhfacts_last_error()); return 1; }
 *   const char* text = "2023年,全区规上工业总产值253.63亿元,同比增长2.08%。";
 *   zhfacts_document* doc = NULL;
 *   if (zhfacts_extract(ex, text, strlen(text), "2024-05-20", &doc) == ZHFACTS_OK) {
 *     for (size_t i = 0; i < zhfacts_document_record_count(doc); ++i) {
 *       const zhfacts_record* r = zhfacts_document_record(doc, i);
 *       printf("%s %s %s\n", zhfacts_record_type(r), zhfacts_record_text(r), zhfacts_record_value(r));
 *     }
 *     zhfacts_document_free(doc);
 *   }
 *   zhfacts_extractor_free(ex);
 *
 * Contract:
 * - Every function that can fail returns a zhfacts_status; ZHFACTS_OK is 0. On failure the out-parameters are left
 *   NULL and zhfacts_last_error() returns a message saying where ("units.tsv:17: unit column is empty"). The
 *   message is per thread and stays valid until the next failing call on that thread.
 * - No C++ exception ever leaves this API; allocation failure gives ZHFACTS_INTERNAL.
 * - All strings are NUL-terminated UTF-8. Strings returned by record and document accessors belong to their
 *   document and stay valid until zhfacts_document_free(); strings returned through a char** are the caller's and
 *   are freed with zhfacts_string_free().
 * - Record accessors return NULL where the JSON output has null (a quantity has no direction, a date no unit).
 *   Their record argument must not be NULL.
 * - Offsets are half-open [start, end) into the ORIGINAL input: span in code points, byte_span in bytes, so
 *   memcmp(utf8 + byte_start, zhfacts_record_text(r), byte_end - byte_start) == 0 for every record.
 * - One zhfacts_extractor may be used from many threads at once; a zhfacts_options or zhfacts_document must not be
 *   modified by one thread while another reads it.
 * The record fields and their meaning are those of zhfacts/record.h and schemas/record.schema.json.
 */
#ifndef ZHFACTS_ZHFACTS_C_H_
#define ZHFACTS_ZHFACTS_C_H_

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Stable codes, equal to zhfacts::StatusCode; only ever appended to. */
typedef enum zhfacts_status {
  ZHFACTS_OK = 0,
  ZHFACTS_INVALID_ARGUMENT = 1, /* a NULL pointer, a bad option or reference date */
  ZHFACTS_INVALID_LEXICON = 2,  /* a user lexicon failed validation (file:line: reason) */
  ZHFACTS_INVALID_RULE = 3,     /* a rule pattern failed to compile */
  ZHFACTS_IO_ERROR = 4,         /* a file could not be read */
  ZHFACTS_INVALID_JSON = 5,
  ZHFACTS_MISSING_TEXT = 6,
  ZHFACTS_INVALID_FIELD = 7,
  ZHFACTS_DOC_TOO_LARGE = 8, /* the document exceeds max_document_bytes */
  ZHFACTS_INVALID_UTF8 = 9,
  ZHFACTS_INTERNAL = 10, /* a bug or out of memory */
  /* Not a status: widens the enum to int in C++ too, so a value from a newer library (or any int) is valid. */
  ZHFACTS_STATUS_FORCE_INT_ = 0x7fffffff
} zhfacts_status;

typedef struct zhfacts_options zhfacts_options;
typedef struct zhfacts_extractor zhfacts_extractor;
typedef struct zhfacts_document zhfacts_document;
typedef struct zhfacts_record zhfacts_record;

/* Half-open [start, end). */
typedef struct zhfacts_span {
  uint64_t start;
  uint64_t end;
} zhfacts_span;

/* The library version, "0.1.0". */
const char* zhfacts_version(void);
/* The snake_case name of a status, "doc_too_large"; "internal" for an unknown value. */
const char* zhfacts_status_name(zhfacts_status status);
/* The message of the last failure on this thread ("" if none). */
const char* zhfacts_last_error(void);

/* ---- Options, fixed for the life of an extractor ---------------------------------------------------------------
 *
 *   setter                                       default   meaning
 *   -------------------------------------------  --------  ----------------------------------------------------
 *   zhfacts_options_set_traditional_to_simplified  1       fold 產值, 億元 to simplified before matching
 *   zhfacts_options_add_lexicon_file             none      a user TSV lexicon (same format as the built-in ones)
 *   zhfacts_options_set_max_document_bytes       16 MiB    larger documents fail with ZHFACTS_DOC_TOO_LARGE
 *   zhfacts_options_set_types                    all       bit i = record type i (output_value = 0 … date = 6)
 *
 * zhfacts_options_new returns NULL only when out of memory. */
zhfacts_options* zhfacts_options_new(void);
void zhfacts_options_free(zhfacts_options* options);
zhfacts_status zhfacts_options_set_traditional_to_simplified(zhfacts_options* options, int enable);
zhfacts_status zhfacts_options_add_lexicon_file(zhfacts_options* options, const char* path);
zhfacts_status zhfacts_options_set_max_document_bytes(zhfacts_options* options, size_t max_bytes);
zhfacts_status zhfacts_options_set_types(zhfacts_options* options, unsigned types);

/* ---- Extractor ------------------------------------------------------------------------------------------------ */

/* Compiles the rules and lexicons once (options may be NULL for the defaults; it can be freed afterwards).
 * Fails with ZHFACTS_INVALID_LEXICON, ZHFACTS_IO_ERROR (an unreadable lexicon) or ZHFACTS_INVALID_RULE. */
zhfacts_status zhfacts_extractor_new(const zhfacts_options* options, zhfacts_extractor** out);
void zhfacts_extractor_free(zhfacts_extractor* extractor);

/* Extracts the facts of one document: len bytes of UTF-8 at utf8 (invalid bytes are replaced and counted, never
 * fatal). reference_date is the article's publication date "YYYY-MM-DD", or NULL to look for a dateline.
 * Fails with ZHFACTS_DOC_TOO_LARGE or ZHFACTS_INVALID_ARGUMENT (a NULL pointer, a malformed reference date). */
zhfacts_status zhfacts_extract(const zhfacts_extractor* extractor, const char* utf8, size_t len,
                               const char* reference_date, zhfacts_document** out);

/* The same document as one line of `zhfacts extract --format jsonl` (newline included), in *json_out, its length
 * in *json_len (json_len may be NULL). id is written as the document's "id" (a JSON string; NULL gives null).
 * A failed extraction fails here too, with the same status; no JSON is returned then. */
zhfacts_status zhfacts_extract_jsonl(const zhfacts_extractor* extractor, const char* utf8, size_t len,
                                     const char* reference_date, const char* id, char** json_out,
                                     size_t* json_len);

void zhfacts_string_free(char* s);

/* ---- Documents ------------------------------------------------------------------------------------------------ */

void zhfacts_document_free(zhfacts_document* document);
size_t zhfacts_document_record_count(const zhfacts_document* document);
/* The i-th record (ordered by span), NULL when i is out of range. */
const zhfacts_record* zhfacts_document_record(const zhfacts_document* document, size_t i);
/* The reference date used ("YYYY-MM-DD"), NULL when none. */
const char* zhfacts_document_reference_date(const zhfacts_document* document);
/* Where it came from: "given", "dateline" or "none". */
const char* zhfacts_document_reference_date_source(const zhfacts_document* document);
/* How many ill-formed UTF-8 subparts were replaced by U+FFFD. */
size_t zhfacts_document_invalid_utf8(const zhfacts_document* document);
/* The document as a --format jsonl line (see zhfacts_extract_jsonl). */
zhfacts_status zhfacts_document_to_jsonl(const zhfacts_document* document, const char* id, char** json_out,
                                         size_t* json_len);

/* ---- Records: one accessor per JSON field ----------------------------------------------------------------------
 * Strings are NULL where the JSON has null. Numbers are exact decimals in plain notation ("25363000000", "2.08");
 * date values are ISO 8601 ("2024-03-22", "2023-11", "2024-Q1", "2023/2025"). */
const char* zhfacts_record_type(const zhfacts_record* record); /* "output_value", "money", …, "date" */
const char* zhfacts_record_text(const zhfacts_record* record); /* the surface text in the original input */
zhfacts_span zhfacts_record_span(const zhfacts_record* record);      /* code points */
zhfacts_span zhfacts_record_byte_span(const zhfacts_record* record); /* UTF-8 bytes */
const char* zhfacts_record_value(const zhfacts_record* record);
const char* zhfacts_record_unit(const zhfacts_record* record); /* CNY, percent, PFLOPS, 家, … */
const char* zhfacts_record_value_min(const zhfacts_record* record);
const char* zhfacts_record_value_max(const zhfacts_record* record);
const char* zhfacts_record_qualifier(const zhfacts_record* record); /* never NULL: "exact", "approx", … */
const char* zhfacts_record_metric(const zhfacts_record* record);
const char* zhfacts_record_metric_class(const zhfacts_record* record);
const char* zhfacts_record_period(const zhfacts_record* record);
const char* zhfacts_record_subject(const zhfacts_record* record);
const char* zhfacts_record_direction(const zhfacts_record* record); /* "up", "down" */
const char* zhfacts_record_basis(const zhfacts_record* record);     /* "yoy", "mom", "none" */
const char* zhfacts_record_granularity(const zhfacts_record* record);
const char* zhfacts_record_rule(const zhfacts_record* record);
const char* zhfacts_record_value_canonical(const zhfacts_record* record);
const char* zhfacts_record_unit_canonical(const zhfacts_record* record);
const char* zhfacts_record_precision(const zhfacts_record* record);
const char* zhfacts_record_period_start(const zhfacts_record* record);
const char* zhfacts_record_period_end(const zhfacts_record* record);
const char* zhfacts_record_status(const zhfacts_record* record); /* never NULL: "ok", "overflow", "invalid" */
/* Index of the record this one qualifies (a growth rate's figure), -1 if none. */
int64_t zhfacts_record_qualifies(const zhfacts_record* record);
/* Dates: the fields that came from context ("year", "month"). */
size_t zhfacts_record_implied_count(const zhfacts_record* record);
const char* zhfacts_record_implied(const zhfacts_record* record, size_t i);
/* The record as one JSON object, exactly as in the JSONL output. */
zhfacts_status zhfacts_record_to_json(const zhfacts_record* record, char** json_out, size_t* json_len);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* ZHFACTS_ZHFACTS_C_H_ */

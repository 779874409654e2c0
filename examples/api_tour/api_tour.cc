// api_tour — the C++ API in twenty lines: build an Extractor once, extract with a per-document context, read
// typed records with their provenance, serialize them. usage: api_tour [REFERENCE-DATE]
#include <iostream>

#include <zhfacts/zhfacts.h>

int main(int argc, char** argv) {
  zhfacts::Result<zhfacts::Extractor> ex = zhfacts::Extractor::Create();  // compiles every rule once
  if (!ex.ok()) return std::cerr << ex.status().ToString() << "\n", 1;
  const std::string text = "今年1—5月,溪南高新区规上工业总产值412.37亿元,同比增长8.6%;新增算力 500P。";
  zhfacts::DocumentContext ctx;
  ctx.reference_date = argc > 1 ? argv[1] : "2024-06-18";  // resolves 今年, 去年 …
  zhfacts::Result<zhfacts::DocumentResult> doc = ex->Extract(text, ctx);
  if (!doc.ok()) return std::cerr << doc.status().ToString() << "\n", 1;
  for (const zhfacts::Record& r : doc->records) {
    std::cout << zhfacts::RecordTypeName(r.type) << "\t" << r.text << "\t" << r.value << " " << r.unit
              << "\t[" << r.byte_span.start << "," << r.byte_span.end << ")\t" << r.rule << "\n";
  }
  std::string jsonl;
  zhfacts::AppendDocumentJsonl(*doc, "\"tour\"", {}, &jsonl);  // one --format jsonl line
  std::cout << jsonl;
  auto bad = ex->Extract(text, zhfacts::DocumentContext{"", "2024-02-30"});
  std::cout << (bad.ok() ? "ok" : bad.status().ToString()) << "\n";
}

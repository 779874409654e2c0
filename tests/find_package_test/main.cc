// Links against the installed zhfacts through both APIs and prints what it extracts from one sentence.
#include <cstring>
#include <iostream>

#include <zhfacts/zhfacts.h>
#include <zhfacts/zhfacts_c.h>

int main() {
  const char* text = "2023年,全区规上工业总产值253.63亿元,同比增长2.08%。";
  auto ex = zhfacts::Extractor::Create();
  if (!ex.ok()) return std::cerr << ex.status().ToString() << "\n", 1;
  auto doc = ex->Extract(text);
  if (!doc.ok()) return std::cerr << doc.status().ToString() << "\n", 1;
  for (const auto& r : doc->records) std::cout << "c++ " << RecordTypeName(r.type) << " " << r.value << "\n";

  zhfacts_extractor* cex = nullptr;
  if (zhfacts_extractor_new(nullptr, &cex) != ZHFACTS_OK) return 1;
  zhfacts_document* cdoc = nullptr;
  if (zhfacts_extract(cex, text, std::strlen(text), "2024-05-20", &cdoc) != ZHFACTS_OK) return 1;
  for (size_t i = 0; i < zhfacts_document_record_count(cdoc); ++i) {
    const zhfacts_record* r = zhfacts_document_record(cdoc, i);
    std::cout << "c " << zhfacts_record_type(r) << " " << zhfacts_record_value(r) << "\n";
  }
  zhfacts_document_free(cdoc);
  zhfacts_extractor_free(cex);
  std::cout << "zhfacts " << zhfacts::Version() << "\n";
}

// zhfacts/zhfacts.h — typed, source-linked facts from Chinese economic and technology news.
//
//   #include <zhfacts/zhfacts.h>
//
//   auto ex = zhfacts::Extractor::Create();                    // compile rules once
//   zhfacts::DocumentContext ctx;
//   ctx.reference_date = "2024-11-22";                         // the article's date resolves 今年, 去年 …
//   auto doc = ex->Extract("2023年,全区规上工业总产值253.63亿元,同比增长2.08%。", ctx);
//   std::string out;
//   for (const auto& r : doc->records) zhfacts::AppendRecordJson(r, &out);
//
// Pipeline: normalize (lib/normalize) → numbers (lib/number) → extract (lib/extract) → serialize (lib/serialize).
#ifndef ZHFACTS_ZHFACTS_H_
#define ZHFACTS_ZHFACTS_H_

#include "zhfacts/extractor.h"
#include "zhfacts/record.h"
#include "zhfacts/serialize.h"
#include "zhfacts/status.h"

#endif  // ZHFACTS_ZHFACTS_H_

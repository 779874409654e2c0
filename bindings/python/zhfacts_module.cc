// zhfacts._zhfacts — the pybind11 core of the Python package (bindings/python/zhfacts/__init__.py adds
// extract_frame). Records become dicts built from zhfacts::ToJson, so they have exactly the keys and values of the
// JSON output. The GIL is released while a document is extracted, so threads extract in parallel.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <optional>
#include <string>
#include <vector>

#include "zhfacts/json.h"
#include "zhfacts/zhfacts.h"

namespace py = pybind11;

namespace {

// Status → Python exception: ValueError for bad input or configuration, OSError for files, RuntimeError for bugs.
[[noreturn]] void Raise(const zhfacts::Status& status) {
  PyObject* type = PyExc_ValueError;
  if (status.code() == zhfacts::StatusCode::kIoError) type = PyExc_OSError;
  if (status.code() == zhfacts::StatusCode::kInternal) type = PyExc_RuntimeError;
  PyErr_SetString(type, status.ToString().c_str());
  throw py::error_already_set();
}

py::object ToPython(const nlohmann::ordered_json& j) {
  using Type = nlohmann::ordered_json::value_t;
  switch (j.type()) {
    case Type::null:
    case Type::discarded:
      return py::none();
    case Type::boolean:
      return py::bool_(j.get<bool>());
    case Type::number_integer:
      return py::int_(j.get<std::int64_t>());
    case Type::number_unsigned:
      return py::int_(j.get<std::uint64_t>());
    case Type::number_float:
      return py::float_(j.get<double>());
    case Type::string:
      return py::str(j.get_ref<const std::string&>());
    case Type::array: {
      py::list list;
      for (const auto& e : j) list.append(ToPython(e));
      return std::move(list);
    }
    case Type::object: {
      py::dict dict;
      for (const auto& item : j.items()) dict[py::str(item.key())] = ToPython(item.value());
      return std::move(dict);
    }
    case Type::binary:
      break;
  }
  return py::none();
}

std::string IdJson(const py::object& id) {
  if (id.is_none()) return "null";
  if (py::isinstance<py::bool_>(id)) throw py::type_error("id must be a str or an int");
  if (py::isinstance<py::int_>(id)) return py::str(id).cast<std::string>();
  if (py::isinstance<py::str>(id)) {
    return nlohmann::json(id.cast<std::string>()).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
  throw py::type_error("id must be a str or an int");
}

class PyExtractor {
 public:
  PyExtractor(bool traditional_to_simplified, const std::vector<std::string>& lexicon_files,
              std::size_t max_document_bytes, const std::optional<std::vector<std::string>>& types)
      : extractor_(Create(traditional_to_simplified, lexicon_files, max_document_bytes, types)) {}

  // A list of record dicts.
  py::list Extract(const std::string& text, const std::optional<std::string>& reference_date) const {
    zhfacts::DocumentResult doc = Run(text, reference_date);
    py::list records;
    for (const zhfacts::Record& r : doc.records) records.append(ToPython(zhfacts::ToJson(r)));
    return records;
  }

  // One line of `zhfacts extract --format jsonl`, newline included.
  std::string ExtractJsonl(const std::string& text, const std::optional<std::string>& reference_date,
                           const py::object& id) const {
    std::string id_json = IdJson(id);
    zhfacts::DocumentResult doc = Run(text, reference_date);
    std::string line;
    zhfacts::AppendDocumentJsonl(doc, id_json, {}, &line);
    return line;
  }

  py::dict Options() const {
    const zhfacts::ExtractorOptions& o = extractor_.options();
    py::dict d;
    d["traditional_to_simplified"] = o.traditional_to_simplified;
    d["lexicon_files"] = o.lexicon_files;
    d["max_document_bytes"] = o.max_document_bytes;
    std::vector<std::string> types;
    for (int i = 0; i < zhfacts::kRecordTypeCount; ++i) {
      if (o.types & (1u << i)) types.push_back(zhfacts::RecordTypeName(static_cast<zhfacts::RecordType>(i)));
    }
    d["types"] = types;
    return d;
  }

 private:
  static zhfacts::Extractor Create(bool traditional_to_simplified, const std::vector<std::string>& lexicon_files,
                                   std::size_t max_document_bytes,
                                   const std::optional<std::vector<std::string>>& types) {
    zhfacts::ExtractorOptions options;
    options.traditional_to_simplified = traditional_to_simplified;
    options.lexicon_files = lexicon_files;
    options.max_document_bytes = max_document_bytes;
    if (types) {
      options.types = 0;
      for (const std::string& name : *types) {
        zhfacts::RecordType type;
        if (!zhfacts::RecordTypeFromName(name, &type)) throw py::value_error("unknown record type '" + name + "'");
        options.types |= 1u << static_cast<int>(type);
      }
    }
    zhfacts::Result<zhfacts::Extractor> ex = [&] {
      py::gil_scoped_release release;  // compiling the rules takes a while; let other threads run
      return zhfacts::Extractor::Create(options);
    }();
    if (!ex.ok()) Raise(ex.status());
    return std::move(ex.value());
  }

  zhfacts::DocumentResult Run(const std::string& text, const std::optional<std::string>& reference_date) const {
    zhfacts::DocumentContext context;
    if (reference_date) context.reference_date = *reference_date;
    zhfacts::Result<zhfacts::DocumentResult> doc = [&] {
      py::gil_scoped_release release;
      return extractor_.Extract(text, context);
    }();
    if (!doc.ok()) Raise(doc.status());
    return std::move(doc.value());
  }

  zhfacts::Extractor extractor_;
};

}  // namespace

PYBIND11_MODULE(_zhfacts, m) {
  m.doc() = "Typed, source-linked facts from Chinese economic and technology news (C++ core).";
  m.attr("__version__") = zhfacts::Version();
  m.attr("SCHEMA_VERSION") = zhfacts::kSchemaVersion;

  std::vector<std::string> types;
  for (int i = 0; i < zhfacts::kRecordTypeCount; ++i) {
    types.push_back(zhfacts::RecordTypeName(static_cast<zhfacts::RecordType>(i)));
  }
  m.attr("RECORD_TYPES") = types;
  std::vector<std::string> keys;
  const nlohmann::ordered_json empty_record = zhfacts::ToJson(zhfacts::Record{});
  for (const auto& item : empty_record.items()) keys.push_back(item.key());
  m.attr("RECORD_KEYS") = keys;  // the keys of every record dict, in JSON order
  m.attr("CSV_COLUMNS") = zhfacts::CsvColumns();

  py::class_<PyExtractor>(m, "Extractor",
                          "Compiles the rules once; extract() is safe to call from many threads at once and "
                          "releases the GIL while it works.")
      .def(py::init<bool, const std::vector<std::string>&, std::size_t,
                    const std::optional<std::vector<std::string>>&>(),
           py::arg("traditional_to_simplified") = true, py::arg("lexicon_files") = std::vector<std::string>{},
           py::arg("max_document_bytes") = zhfacts::ExtractorOptions{}.max_document_bytes,
           py::arg("types") = py::none(),
           "Raises ValueError for a bad lexicon or option, OSError for an unreadable lexicon file.")
      .def("extract", &PyExtractor::Extract, py::arg("text"), py::arg("reference_date") = py::none(),
           "The records of one document as a list of dicts (the JSON record keys). reference_date is the "
           "article's publication date 'YYYY-MM-DD'. Raises ValueError for a malformed date or a document over "
           "max_document_bytes.")
      .def("extract_jsonl", &PyExtractor::ExtractJsonl, py::arg("text"), py::arg("reference_date") = py::none(),
           py::arg("id") = py::none(), "One line of `zhfacts extract --format jsonl`, newline included.")
      .def_property_readonly("options", &PyExtractor::Options);
}

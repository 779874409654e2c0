// Streaming input for the CLI: files and stdin read in fixed chunks, never whole (issue 5: constant memory).
//
//   Result<int> fd = OpenInput("news.jsonl");          // "-" is stdin
//   LineReader lines(*fd, 16 << 20);
//   InputLine line;
//   while (lines.Next(&line)) { if (line.too_large) …; else Use(line.text); }
//   if (!lines.status().ok()) …                        // a read error after the lines returned so far
//
// A line is what lies between LF bytes; one CR before the LF is dropped (CRLF files read like LF files); the last
// line needs no LF; a UTF-8 BOM at the very start is dropped. A line longer than the cap is reported with
// too_large and its size, without ever being held in memory, and reading goes on with the next line.
#ifndef ZHFACTS_LIB_IO_LINE_READER_H_
#define ZHFACTS_LIB_IO_LINE_READER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "zhfacts/status.h"

namespace zhfacts::internal {

// Opens a file for reading ("-": stdin, not owned). Fails with kIoError "name: reason" (missing, a directory,
// unreadable).
Result<int> OpenInput(const std::string& path);
// Closes fd unless it is stdin.
void CloseInput(int fd);

struct InputLine {
  std::string text;          // the line without its terminator; empty when too_large
  std::uint64_t number = 0;  // 1-based
  std::uint64_t size = 0;    // bytes in the line (terminator excluded), counted even when too_large
  bool too_large = false;    // size > the cap; text was not kept
};

class LineReader {
 public:
  // fd stays owned by the caller. max_line_bytes: lines longer than this are too_large.
  LineReader(int fd, std::size_t max_line_bytes, std::size_t chunk_bytes = std::size_t{1} << 20);

  // The next line; false at the end of the input or after a read error (see status()).
  bool Next(InputLine* line);

  // True while lines already read are waiting in the buffer: the next Next() will not block on input.
  bool buffered() const { return pos_ < end_; }

  const Status& status() const { return status_; }
  std::uint64_t bytes_read() const { return bytes_read_; }

 private:
  bool Fill();  // reads the next chunk; false at EOF or on error

  int fd_;
  std::size_t max_line_bytes_;
  std::vector<char> chunk_;
  std::size_t pos_ = 0, end_ = 0;
  bool eof_ = false;
  std::uint64_t line_number_ = 0;
  std::uint64_t bytes_read_ = 0;
  Status status_;
};

// Reads a whole input as one document, keeping at most max_bytes: with more, *too_large is set, the excess is read
// and discarded (so a pipe is drained) and *size is the full size. Fails with kIoError.
Status ReadDocument(int fd, std::size_t max_bytes, std::string* text, bool* too_large, std::uint64_t* size);

}  // namespace zhfacts::internal

#endif  // ZHFACTS_LIB_IO_LINE_READER_H_

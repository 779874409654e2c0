// zhfacts CLI: where the data goes — stdout, or a file written through a temporary and renamed on success.
#ifndef ZHFACTS_EXAMPLES_ZHFACTS_OUTPUT_H_
#define ZHFACTS_EXAMPLES_ZHFACTS_OUTPUT_H_

#include <string>
#include <string_view>

namespace zhfacts::cli {

class Output {
 public:
  Output() = default;
  ~Output();  // an uncommitted temporary file is removed
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;

  // Empty path: stdout. Otherwise creates a temporary file beside path. False (with error()) on failure.
  bool Open(const std::string& path);

  // Buffers, and writes when the buffer is full. False once writing has failed or the reader went away.
  bool Write(std::string_view data);
  bool Flush();
  // Flushes, and for a file: sync, close, rename over the final name. False on failure.
  bool Commit();

  bool broken_pipe() const { return broken_pipe_; }  // the reader closed the pipe (| head): not an error
  const std::string& error() const { return error_; }

 private:
  bool Fail(const std::string& what, int err);

  int fd_ = 1;
  std::string buffer_;
  std::string path_, temp_path_;
  bool failed_ = false, broken_pipe_ = false;
  std::string error_;
};

// Ignores SIGPIPE (a closed pipe becomes EPIPE, handled quietly) and removes the temporary output file on
// SIGINT/SIGTERM/SIGHUP before dying of the signal.
void InstallSignalHandlers();

}  // namespace zhfacts::cli

#endif  // ZHFACTS_EXAMPLES_ZHFACTS_OUTPUT_H_

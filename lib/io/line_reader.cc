#include "io/line_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace zhfacts::internal {

namespace {

Status IoError(const std::string& what, int err) {
  return Status(StatusCode::kIoError, what + ": " + std::strerror(err));
}

// read(2), retried on EINTR; -1 with errno on failure.
ssize_t ReadSome(int fd, char* buf, std::size_t n) {
  for (;;) {
    ssize_t r = ::read(fd, buf, n);
    if (r >= 0 || errno != EINTR) return r;
  }
}

}  // namespace

Result<int> OpenInput(const std::string& path) {
  if (path == "-") return STDIN_FILENO;
  int fd;
  do {
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) return IoError(path, errno);
  struct stat st;
  if (::fstat(fd, &st) != 0) {
    int err = errno;
    ::close(fd);
    return IoError(path, err);
  }
  if (S_ISDIR(st.st_mode)) {
    ::close(fd);
    return IoError(path, EISDIR);
  }
  return fd;
}

void CloseInput(int fd) {
  if (fd != STDIN_FILENO && fd >= 0) ::close(fd);
}

LineReader::LineReader(int fd, std::size_t max_line_bytes, std::size_t chunk_bytes)
    : fd_(fd), max_line_bytes_(max_line_bytes), chunk_(chunk_bytes > 0 ? chunk_bytes : 1) {}

bool LineReader::Fill() {
  if (eof_ || !status_.ok()) return false;
  ssize_t r = ReadSome(fd_, chunk_.data(), chunk_.size());
  if (r < 0) {
    status_ = IoError("read failed after line " + std::to_string(line_number_), errno);
    return false;
  }
  if (r == 0) {
    eof_ = true;
    return false;
  }
  pos_ = 0;
  end_ = static_cast<std::size_t>(r);
  bytes_read_ += end_;
  return true;
}

bool LineReader::Next(InputLine* line) {
  line->text.clear();
  line->size = 0;
  line->too_large = false;
  bool any = false;  // saw at least one byte (or the LF) of this line
  char last = 0;     // the last byte of the line so far
  for (;;) {
    if (pos_ == end_ && !Fill()) {
      // EOF or a read error: a last line without LF still counts; an empty tail does not.
      if (!any) return false;
      break;
    }
    any = true;
    const char* begin = chunk_.data() + pos_;
    const char* nl = static_cast<const char*>(std::memchr(begin, '\n', end_ - pos_));
    std::size_t n = nl ? static_cast<std::size_t>(nl - begin) : end_ - pos_;
    line->size += n;
    if (n) last = begin[n - 1];
    if (!line->too_large) {
      if (line->size > max_line_bytes_ + 1) {  // +1: a CR that may still be dropped
        line->too_large = true;
        line->text.clear();
        line->text.shrink_to_fit();
      } else {
        line->text.append(begin, n);
      }
    }
    pos_ += n;
    if (nl) {
      ++pos_;  // the LF
      break;
    }
  }
  if (last == '\r') {  // CRLF: the CR is part of the terminator
    --line->size;
    if (!line->too_large) line->text.pop_back();
  }
  if (line_number_ == 0 && !line->too_large && line->text.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    line->text.erase(0, 3);  // a UTF-8 BOM before the first line
    line->size -= 3;
  }
  if (!line->too_large && line->size > max_line_bytes_) {
    line->too_large = true;
    line->text.clear();
    line->text.shrink_to_fit();
  }
  line->number = ++line_number_;
  return true;
}

Status ReadDocument(int fd, std::size_t max_bytes, std::string* text, bool* too_large, std::uint64_t* size) {
  text->clear();
  *too_large = false;
  *size = 0;
  char buf[1 << 16];
  for (;;) {
    ssize_t r = ReadSome(fd, buf, sizeof buf);
    if (r < 0) return IoError("read failed", errno);
    if (r == 0) return Status::Ok();
    *size += static_cast<std::uint64_t>(r);
    if (*too_large) continue;
    if (*size > max_bytes) {
      *too_large = true;
      std::string().swap(*text);
    } else {
      text->append(buf, static_cast<std::size_t>(r));
    }
  }
}

}  // namespace zhfacts::internal

#include "output.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace zhfacts::cli {

namespace {

constexpr std::size_t kBufferBytes = std::size_t{1} << 20;

// The temporary file the signal handler removes; a fixed buffer, since the handler may not allocate.
char g_temp_path[4096];
std::atomic<bool> g_temp_active{false};

void OnSignal(int sig) {
  if (g_temp_active.load()) ::unlink(g_temp_path);
  ::signal(sig, SIG_DFL);
  ::raise(sig);
}

}  // namespace

void InstallSignalHandlers() {
  ::signal(SIGPIPE, SIG_IGN);
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) ::signal(sig, OnSignal);
}

Output::~Output() {
  if (!temp_path_.empty()) {
    g_temp_active = false;
    ::close(fd_);
    ::unlink(temp_path_.c_str());
  }
}

bool Output::Fail(const std::string& what, int err) {
  failed_ = true;
  if (err == EPIPE) {
    broken_pipe_ = true;
  } else if (error_.empty()) {
    error_ = what + ": " + std::strerror(err);
  }
  return false;
}

bool Output::Open(const std::string& path) {
  buffer_.reserve(kBufferBytes);
  if (path.empty()) return true;
  path_ = path;
  std::size_t slash = path.rfind('/');
  std::string dir = slash == std::string::npos ? "" : path.substr(0, slash + 1);
  std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  std::string temp = dir + "." + base + ".tmp-XXXXXX";
  if (temp.size() >= sizeof g_temp_path) return Fail(path, ENAMETOOLONG);
  std::strcpy(g_temp_path, temp.c_str());
  int fd = ::mkstemp(g_temp_path);
  if (fd < 0) return Fail(path, errno);
  temp_path_ = g_temp_path;
  g_temp_active = true;
  fd_ = fd;
  // mkstemp creates 0600; give the final file the mode a plain open() would.
  mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd_, 0666 & ~mask);
  return true;
}

bool Output::Write(std::string_view data) {
  if (failed_) return false;
  buffer_.append(data);
  return buffer_.size() < kBufferBytes || Flush();
}

bool Output::Flush() {
  if (failed_) return false;
  std::size_t done = 0;
  while (done < buffer_.size()) {
    ssize_t w = ::write(fd_, buffer_.data() + done, buffer_.size() - done);
    if (w < 0) {
      if (errno == EINTR) continue;
      buffer_.clear();
      return Fail(path_.empty() ? "write error" : path_, errno);
    }
    done += static_cast<std::size_t>(w);
  }
  buffer_.clear();
  return true;
}

bool Output::Commit() {
  if (!Flush()) return false;
  if (temp_path_.empty()) return true;
  if (::fsync(fd_) != 0) return Fail(path_, errno);
  int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) return Fail(path_, errno);
  if (::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    int err = errno;
    ::unlink(temp_path_.c_str());
    g_temp_active = false;
    temp_path_.clear();
    return Fail(path_, err);
  }
  g_temp_active = false;
  temp_path_.clear();
  return true;
}

}  // namespace zhfacts::cli

#!/bin/sh
# Make sure Erlang/OTP (erl and erlc) is installed: the differential tests use
# OTP as the oracle and erlc compiles every test program and the stdlib.
# On Debian/Ubuntu it installs erlang-base with apt-get (as root, or through
# sudo when that is available). Exits non-zero with a message otherwise.
set -u

have_otp() {
  command -v erlc >/dev/null 2>&1 && command -v erl >/dev/null 2>&1
}

report() {
  release=$(erl -noshell -eval 'io:format("~s", [erlang:system_info(otp_release)]), halt().' 2>/dev/null)
  echo "ensure-erlang: Erlang/OTP ${release:-?} found: $(command -v erlc)"
}

if have_otp; then
  report
  exit 0
fi

echo "ensure-erlang: erlc not found, installing erlang-base with apt-get" >&2
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-erlang: error: apt-get is not available; install Erlang/OTP (erl and erlc) by hand" >&2
  exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "ensure-erlang: error: not root and sudo is not available; install the erlang-base package by hand" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
if ! $SUDO apt-get update; then
  echo "ensure-erlang: warning: apt-get update failed; trying the install anyway" >&2
fi
if ! $SUDO apt-get install -y erlang-base; then
  echo "ensure-erlang: error: apt-get install -y erlang-base failed" >&2
  exit 1
fi

if ! have_otp; then
  echo "ensure-erlang: error: erlang-base was installed but erl/erlc are still not on PATH ($PATH)" >&2
  exit 1
fi
report

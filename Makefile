# httpcodes: a terminal browser for HTTP status codes.
#
#   make            build ./httpcodes
#   make run        build and open the browser on the embedded data
#   make check      build and run every test (what CI runs)
#   make bench      print timings (never fails on a time)
#   make install    PREFIX=/usr/local DESTDIR=
#
# make run and make check install missing Debian packages themselves when run
# as root (or with password-less sudo); otherwise they print the apt-get line.

VERSION = 1.0.0

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man/man1
DESTDIR ?=
PKG_CONFIG ?= pkg-config
INSTALL ?= install

CC ?= cc
CFLAGS ?= -O2 -g
LDFLAGS ?=

CURSES_CFLAGS := $(shell $(PKG_CONFIG) --cflags ncursesw 2>/dev/null || echo -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=600)
CURSES_LIBS := $(shell $(PKG_CONFIG) --libs ncursesw 2>/dev/null || echo -lncursesw -ltinfo)

# Required flags live apart from CFLAGS so `make CFLAGS=-O0` cannot drop them.
REQ_CFLAGS = -std=c11 -D_GNU_SOURCE $(CURSES_CFLAGS) -Isrc -Ibuild \
	-DHTTPCODES_VERSION='"$(VERSION)"' \
	-Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
	-Wno-missing-field-initializers -Werror=implicit-function-declaration \
	-Werror=incompatible-pointer-types -Werror=int-conversion
ifeq ($(CI),true)
REQ_CFLAGS += -Werror
endif
REQ_LIBS = $(CURSES_LIBS) -lunistring

# SANITIZE=1 builds everything with ASan and UBSan in build/asan, the
# program as build/asan/httpcodes: `make check SANITIZE=1` runs the whole
# test suite on it (CI runs that beside the normal build).
SANITIZE ?= 0
ifeq ($(SANITIZE),1)
B = build/asan
BIN = $(B)/httpcodes
REQ_CFLAGS += -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
REQ_LDFLAGS = -fsanitize=address,undefined
STATIC = 0
else
B = build
BIN = httpcodes
REQ_LDFLAGS =
endif

# The libraries are linked statically by default: a one-shot lookup then
# starts without resolving their symbols, about a tenth of its run time.
# STATIC=0 links them dynamically (libc is always dynamic).
STATIC ?= 1
ifeq ($(STATIC),1)
LINK_LIBS = -Wl,-Bstatic $(REQ_LIBS) -Wl,-Bdynamic
else
LINK_LIBS = $(REQ_LIBS)
endif

# Plain C modules: no curses. ui*/view* are the only files that include it.
CORE = util recfile textlayout catalog query diff compare json explain cli config opts output keys doc \
	app app_act screen screen_help screen_sources screen_filters screen_compare screen_prompt
UI = ui ui_term view_theme view_text view_frame view_doc view_tree view_list view_desc \
	view_status view_prompt view_compare
CORE_OBJ = $(CORE:%=$(B)/%.o)
UI_OBJ = $(UI:%=$(B)/%.o)
OBJ = $(CORE_OBJ) $(UI_OBJ) $(B)/embedded.o $(B)/main.o

DATA = data/sources.rec $(filter-out data/sources.rec,$(wildcard data/*.rec))

TESTS = $(patsubst tests/%.c,$(B)/tests/%,$(wildcard tests/test_*.c))

.PHONY: all run check fuzz monkey deps-fuzz bench deps deps-check deps-bench deps-screenshots screenshots install uninstall clean

all: $(BIN)

$(BIN): $(OBJ)
	$(CC) $(CFLAGS) $(REQ_LDFLAGS) $(LDFLAGS) -o $@ $(OBJ) $(LINK_LIBS)

$(B)/%.o: src/%.c | build/deps.stamp
	@mkdir -p $(B)
	$(CC) $(REQ_CFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

# The embedded table: data/*.rec parsed, checked and folded at build time by
# the same loader the program uses for user files, then written out as C.
GEN_OBJ = $(B)/gen.o $(B)/util.o $(B)/recfile.o $(B)/textlayout.o $(B)/catalog.o
$(B)/gen: $(GEN_OBJ)
	$(CC) $(CFLAGS) $(REQ_LDFLAGS) $(LDFLAGS) -o $@ $(GEN_OBJ) $(REQ_LIBS)

$(B)/embedded.c: $(B)/gen $(DATA)
	$(B)/gen $(DATA) > $@.tmp && mv $@.tmp $@

$(B)/embedded.o: $(B)/embedded.c
	$(CC) $(REQ_CFLAGS) $(CFLAGS) -c -o $@ $<

# The benchmarks link what the tests do but the fixture (which needs cmocka).
BENCH_OBJ = $(CORE_OBJ) $(UI_OBJ) $(B)/embedded.o $(B)/helpers.o
TEST_OBJ = $(BENCH_OBJ) $(B)/fixture.o
$(B)/tests/%: tests/%.c $(TEST_OBJ)
	@mkdir -p $(B)/tests
	$(CC) $(REQ_CFLAGS) $(CFLAGS) $(REQ_LDFLAGS) -Itests -o $@ $< $(TEST_OBJ) $(REQ_LIBS) -lcmocka

$(B)/helpers.o: tests/helpers.c
	$(CC) $(REQ_CFLAGS) $(CFLAGS) -c -o $@ $<

$(B)/fixture.o: tests/fixture.c | build/deps.stamp
	@mkdir -p $(B)
	$(CC) $(REQ_CFLAGS) $(CFLAGS) -Itests -MMD -MP -c -o $@ $<

# Fuzzing (libFuzzer, ASan, UBSan) of the recfile parser and loader, the
# query parser, the text layout and the diff. `make fuzz` runs each for
# FUZZ_SECONDS (or FUZZ_RUNS executions: `make fuzz FUZZ_RUNS=10000000`);
# make check runs each briefly (tests/sh_fuzz.sh). Seeds come
# from tests/corpus/<target>; what the fuzzer finds goes to build/fuzz.
FUZZ_CC ?= clang
FUZZ_SECONDS ?= 300
FUZZ_RUNS ?=
FUZZ_MAX_LEN ?= 65536
FUZZ_TARGETS = recfile query wrap diff
FB = build/fuzz
FUZZ_FLAGS = -g -O1 -fsanitize=address,undefined -fno-sanitize-recover=undefined
FUZZ_CORE = $(patsubst %,$(FB)/%.o,util recfile textlayout catalog query diff) $(FB)/embedded.o
FUZZ_BINS = $(FUZZ_TARGETS:%=$(FB)/fuzz_%)

$(FB)/%.o: src/%.c | build/deps.stamp
	@mkdir -p $(FB)
	$(FUZZ_CC) $(REQ_CFLAGS) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

$(FB)/embedded.o: build/embedded.c
	@mkdir -p $(FB)
	$(FUZZ_CC) $(REQ_CFLAGS) $(FUZZ_FLAGS) -c -o $@ $<

$(FB)/fuzz_%: tests/fuzz_%.c $(FUZZ_CORE)
	$(FUZZ_CC) $(REQ_CFLAGS) $(FUZZ_FLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_CORE) -lunistring

fuzz: deps-fuzz $(FUZZ_BINS)
	@FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_RUNS=$(FUZZ_RUNS) FUZZ_MAX_LEN=$(FUZZ_MAX_LEN) \
		tests/fuzz.sh $(FUZZ_TARGETS)

# The monkey test: the browser built with ASan, in tmux, fed MONKEY_EVENTS
# seeded random keys, mouse reports, garbage and resizes (tests/monkey.sh).
MONKEY_EVENTS ?= 20000
monkey: deps-check
	@$(MAKE) --no-print-directory SANITIZE=1 build/asan/httpcodes
	@HTTPCODES=build/asan/httpcodes tests/monkey.sh $(MONKEY_EVENTS) $(SEED)

run: deps $(BIN)
	./$(BIN)

check: deps-check $(BIN) $(TESTS) $(FUZZ_BINS)
	@HTTPCODES=./$(BIN) SANITIZE=$(SANITIZE) tests/run.sh $(TESTS)

bench: deps-bench httpcodes build/bench_load build/bench_ui build/bench_search
	@tests/bench.sh

build/bench_ui: tests/bench_ui.c $(BENCH_OBJ)
	$(CC) $(REQ_CFLAGS) $(CFLAGS) -Itests -o $@ $< $(BENCH_OBJ) $(LINK_LIBS) -lutil

build/bench_search: tests/bench_search.c $(BENCH_OBJ)
	$(CC) $(REQ_CFLAGS) $(CFLAGS) -Itests -o $@ $< $(BENCH_OBJ) $(LINK_LIBS)

build/bench_load: tests/bench_load.c $(BENCH_OBJ)
	$(CC) $(REQ_CFLAGS) $(CFLAGS) -Itests -o $@ $< $(BENCH_OBJ) $(LINK_LIBS)

screenshots: deps-screenshots httpcodes
	@tests/screenshots.sh

deps:
	@tests/deps.sh build
deps-check:
	@tests/deps.sh check
deps-bench:
	@tests/deps.sh bench
deps-screenshots:
	@tests/deps.sh screenshots
deps-fuzz:
	@tests/deps.sh fuzz

# Compiling needs the headers: check once (tests/deps.sh build), then remember.
build/deps.stamp: tests/deps.sh
	@tests/deps.sh build
	@mkdir -p build && touch $@

install: httpcodes
	$(INSTALL) -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)
	$(INSTALL) -m 755 httpcodes $(DESTDIR)$(BINDIR)/httpcodes
	$(INSTALL) -m 644 src/httpcodes.1 $(DESTDIR)$(MANDIR)/httpcodes.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/httpcodes $(DESTDIR)$(MANDIR)/httpcodes.1

clean:
	rm -rf build httpcodes

-include $(wildcard $(B)/*.d)
.SECONDARY:

# SkillGap: build, run, test, benchmark and install. `make help` lists the targets.
PREFIX ?= /usr/local
SAMPLE ?= Samples/ml-engineer-two-column.pdf
SWIFT_FLAGS ?=

.PHONY: help deps build release run test lint format bench install uninstall samples

help:
	@echo "make run      install what is missing, build, and analyse $(SAMPLE)"
	@echo "make test     install what is missing, build, and run the whole test suite"
	@echo "make lint     check formatting with swift format (as CI does)"
	@echo "make bench    measure speed and memory (see README)"
	@echo "make install  install skillgap and its lexicons under PREFIX ($(PREFIX))"
	@echo "make samples  regenerate the sample PDFs and DOCX (needs LibreOffice)"

deps:
	@scripts/install-deps.sh

build: deps
	swift build $(SWIFT_FLAGS)

# The Swift standard library is linked statically: a third less start-up time per run.
release: deps
	swift build -c release --static-swift-stdlib $(SWIFT_FLAGS)

run: build
	swift run $(SWIFT_FLAGS) skillgap analyse $(SAMPLE)

test: deps
	swift build --build-tests $(SWIFT_FLAGS)
	swift test $(SWIFT_FLAGS)

lint:
	swift format lint --strict -r Sources Tests Package.swift

format:
	swift format -i -r Sources Tests Package.swift

bench: release
	scripts/bench.sh

install: release
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/skillgap"
	install -m 755 "$$(swift build -c release --static-swift-stdlib --show-bin-path)/skillgap" "$(DESTDIR)$(PREFIX)/bin/skillgap"
	rm -rf "$(DESTDIR)$(PREFIX)/share/skillgap/Lexicons"
	cp -R Lexicons "$(DESTDIR)$(PREFIX)/share/skillgap/Lexicons"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/skillgap"
	rm -rf "$(DESTDIR)$(PREFIX)/share/skillgap"

samples:
	scripts/make-samples.sh

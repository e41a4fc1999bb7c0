# PodFence: `make run` starts the playground with the example cluster; `make test` runs every test.
SWIFT ?= swift
RELEASE_BIN := .build/release/podfence

.PHONY: run run-debug test build release deps embed bench fuzz docs format-check clean

# libedit's headers are needed to build the REPL; install them when missing (Debian/Ubuntu).
deps:
	@pkg-config --exists libedit 2>/dev/null || { \
		echo "Installing libedit-dev (needed for line editing)..."; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libedit-dev pkg-config; }

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product podfence

# The REPL gets the terminal to itself: it becomes the foreground process group, so Ctrl-C reaches it
# and not make.
run: release
	@$(RELEASE_BIN) repl --demo

# The same with the debug build; the terminal test starts the REPL this way to check Ctrl-C under make.
run-debug:
	@.build/debug/podfence repl --demo

# The house style (.swift-format) is checked on every Swift file of the repository.
format-check:
	@$(SWIFT) format lint --strict -r Sources Tests Snippets Examples Fuzz/Sources Benchmarks/Benchmarks Benchmarks/Sources \
		&& echo "swift-format: clean"

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-xctest
	python3 scripts/embed-example-cluster.py --check
	scripts/validate-written-manifests.sh .build/debug/podfence
	scripts/generate-cli-reference.sh --check .build/debug/podfence
	@python3 -c "import pexpect" 2>/dev/null || python3 -m pip install -q pexpect
	python3 Tests/Terminal/test_repl.py .build/debug/podfence
	$(MAKE) --no-print-directory docs
	$(MAKE) --no-print-directory format-check

# DocC for every library, warnings as errors: a broken symbol link or snippet path fails the build.
DOC_TARGETS := PodFence PodFenceCIDR PodFenceModel PodFenceYAML PodFenceSelectors PodFenceTemplates PodFencePlayground
docs:
	@for target in $(DOC_TARGETS); do \
		$(SWIFT) package generate-documentation --target $$target --warnings-as-errors >.build/docc-$$target.log 2>&1 \
			|| { grep -E '^(error|warning)' .build/docc-$$target.log; echo "DocC failed for $$target"; exit 1; }; \
	done; echo "DocC: $(words $(DOC_TARGETS)) modules documented without warnings"

# Benchmarks (release build, its own package): results and how to read them in docs/performance.md.
bench: deps
	cd Benchmarks && $(SWIFT) package -c release benchmark

# libFuzzer over every parser (Fuzz/ package): a bounded pass of each target, corpora seeded from Fuzz/Corpus.
# SWIFT_BACKTRACE=enable=no lets libFuzzer save a crashing input (crash-*) before the process dies.
FUZZ_SECONDS ?= 10
FUZZ_TARGETS := FuzzManifest FuzzCIDR FuzzScript FuzzSelector FuzzTemplate
fuzz: deps
	$(SWIFT) build --package-path Fuzz --scratch-path Fuzz/.build-fuzz -c release --sanitize=fuzzer
	@for target in $(FUZZ_TARGETS); do \
		corpus=Fuzz/.build-fuzz/corpus/$$target; mkdir -p $$corpus; \
		cp Fuzz/Corpus/$$(echo $$target | sed 's/^Fuzz//' | tr 'A-Z' 'a-z')/* $$corpus/; \
		echo "== $$target ($(FUZZ_SECONDS) s)"; \
		SWIFT_BACKTRACE=enable=no Fuzz/.build-fuzz/release/$$target -max_total_time=$(FUZZ_SECONDS) \
			-max_len=8192 -print_final_stats=1 $$corpus >Fuzz/.build-fuzz/$$target.log 2>&1; status=$$?; \
		grep -E '^(Done|stat::number_of_executed_units)' Fuzz/.build-fuzz/$$target.log; \
		[ $$status -eq 0 ] || { tail -30 Fuzz/.build-fuzz/$$target.log; echo "$$target failed: see crash-* files"; exit 1; }; \
	done

# Regenerate the example cluster built into the binary from Examples/example-cluster.
embed:
	python3 scripts/embed-example-cluster.py

clean:
	rm -rf .build

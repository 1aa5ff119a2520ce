# Two entry points for a fresh machine: `make demo` and `make test` (see README.md).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO   := demo-out

.PHONY: demo test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	@mkdir -p $(DEMO)
	$(BIN)/distillguard sim benchmarks/scenarios/demo.yaml --seed 7 --out $(DEMO)/traffic.jsonl.gz --labels $(DEMO)/labels.json
	$(BIN)/distillguard scan $(DEMO)/traffic.jsonl.gz --out $(DEMO)/verdicts.json --report $(DEMO)/report.html
	$(BIN)/distillguard eval --verdicts $(DEMO)/verdicts.json --labels $(DEMO)/labels.json

test: $(STAMP)
	HYPOTHESIS_PROFILE=ci $(BIN)/python -m pytest -n 2 -p no:cacheprovider

clean:
	rm -rf $(VENV) $(DEMO) .pytest_cache .hypothesis

.PHONY: run test bench setup package package-test

setup:
	@scripts/setup.sh

run:
	@scripts/run-demo.sh

test:
	@scripts/test.sh

bench: setup
	@for b in bench/*.py; do echo "== $$b"; .venv/bin/python $$b || exit 1; done

package:
	@scripts/package.sh

package-test:
	@scripts/package-test.sh

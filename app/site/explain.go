//go:build !wasm

package site

import _ "embed"

// The trace explainer's page script and worker (see each file). The worker
// runs web/explain.wasm, which make builds from app/explainer.
var (
	//go:embed explain.js
	explainJS string
	//go:embed explain-worker.js
	explainWorkerJS string
)

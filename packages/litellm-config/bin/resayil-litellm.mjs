#!/usr/bin/env node
// The `resayil-litellm` command. A committed file (dist/ is built later), so npm links it in a fresh clone too.
import '../dist/cli.mjs';

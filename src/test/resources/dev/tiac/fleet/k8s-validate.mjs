// Validates Kubernetes manifests against the API's own schemas, as compiled by the npm package
// kubernetes-models (one validator per apiVersion and kind). Prints one line per document and
// exits 1 when any document is invalid or of a kind it has no schema for.
// Usage: node k8s-validate.mjs NODE_MODULES FILE...
import { readFileSync } from "node:fs";

const modules = process.argv[2];
const { parseAllDocuments } = await import(`${modules}/yaml/dist/index.js`);
let invalid = 0;
let documents = 0;
for (const file of process.argv.slice(3)) {
  for (const doc of parseAllDocuments(readFileSync(file, "utf8"))) {
    if (doc.errors.length > 0) {
      invalid++;
      console.log(`${file}: invalid YAML: ${doc.errors[0].message}`);
      continue;
    }
    const object = doc.toJS();
    if (object === null) continue;
    documents++;
    const [group, version] = object.apiVersion.includes("/") ? object.apiVersion.split("/") : [null, object.apiVersion];
    const path = group === null ? `${version}/${object.kind}.js` : `${group.replace(/\.k8s\.io$/, "")}/${version}/${object.kind}.js`;
    try {
      const model = await import(`${modules}/kubernetes-models/${path}`);
      new model[object.kind](object).validate();
      console.log(`${file}: ${object.apiVersion} ${object.kind} ${object.metadata.name}: valid`);
    } catch (e) {
      invalid++;
      console.log(`${file}: ${object.apiVersion} ${object.kind}: ${e.message}`);
    }
  }
}
console.log(`${documents} documents, ${invalid} invalid`);
process.exit(invalid === 0 ? 0 : 1);

# A policy gate over a tiac plan (docs/plan-json.md): one line per change that a pipeline must not
# apply without a security review, nothing when the plan may go on. jq -r -f tiac-plan-gate.jq PLAN.json
#
# Rules, each reading the plan's typed values:
#   1. Advanced Threat Protection is weakened: the ATP policy is switched off, or any other change
#      to it that tiac judges weakening (direction "weakening").
#   2. A suspicious object is deleted: Apex Central stops blocking or logging it.
# A refused change (it lacks an opt-in in the file) is reported too: the gate judges what the
# plan asks for, not only what apply would carry out today.

# The plan format's major version is 1; minor versions only add fields.
if (.formatVersion | type) != "string" or (.formatVersion | split(".")[0]) != "1" then
  error("not a tiac plan of format version 1.x (formatVersion: \(.formatVersion | tojson))")
else . end

| def acting: (.actions - ["no-op", "read"]) | length > 0;

  def weakens_atp:
    .type == "cas.policy" and (.key | endswith(" ATP")) and acting
    and ((.before.status? == "ON" and .after.status? == "OFF") or .direction == "weakening");

  def deletes_suspicious_object:
    .type == "apexcentral.suspiciousObject" and (.actions | index("delete") != null);

  def shown: if type == "string" then tojson elif . == null then "(none)" else tojson end;

  .changes[]
  | if weakens_atp then
      "\(.address): weakens Advanced Threat Protection (status \(.before.status? | shown) -> \(.after.status? | shown))"
    elif deletes_suspicious_object then
      "\(.address): deletes a suspicious object (\(.before.type? // "?") \(.before.value? // .key), scan action \(.before.scanAction? | shown))"
    else empty end

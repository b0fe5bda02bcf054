# Shared by the bench scripts (sourced after common.sh): creates ${offices} offices of ${per_office}
# persons (codes BNA, BNB, ...), an eligibility officer "bench-officer" in the first one, and bulk-loads
# the persons with bench/seed-persons.sql. Sets first_office.
first_office=""
for i in $(seq 1 "${offices}"); do
  code="BN$(printf "\\$(printf '%03o' $((64 + i)))")"
  id=$(api "${admin}" -X POST "${base}/api/offices" \
        -d "{\"code\":\"${code}\",\"name\":\"Bench office ${code}\",\"type\":\"MANDATE_OFFICE\"}" | sed 's/.*"id":"\([^"]*\)".*/\1/')
  [ -n "${first_office}" ] || first_office=${id}
done
api "${admin}" -X POST "${base}/api/users" \
  -d "{\"username\":\"bench-officer\",\"displayName\":\"Bench\",\"password\":\"${admin_password}\",\"memberships\":[{\"officeId\":\"${first_office}\",\"roles\":[\"ELIGIBILITY_OFFICER\"]}]}" > /dev/null
approve_all

echo "== Seeding $((offices * per_office)) persons =="
start=$(date +%s)
sql -q -v per_office="${per_office}" -f bench/seed-persons.sql
echo "seeded in $(( $(date +%s) - start )) s"
sql -Atc \
  "SELECT 'persons: ' || count(*) FROM person; SELECT 'names: ' || count(*) FROM person_name;"


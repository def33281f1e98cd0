# Starts Keycloak in dev mode with the turnpike realm imported. Sourced after common.sh.
# Needs: KC_DIR (unpacked distribution), KC_PORT, TURNPIKE_PORTAL_URL, TURNPIKE_PORTAL_CLIENT_SECRET,
# TURNPIKE_ADMIN_CLIENT_SECRET, TURNPIKE_DEMO_PASSWORD, KC_ADMIN_PASSWORD. Sets KC_PID.
start_keycloak() {
  local log_file="$1"
  mkdir -p "$KC_DIR/data/import"
  cp "$TURNPIKE_HOME/keycloak/turnpike-realm.json" "$KC_DIR/data/import/turnpike-realm.json"
  log "starting Keycloak on port $KC_PORT (log: $log_file)"
  JAVA_HOME="$(keycloak_java_home)" \
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$KC_ADMIN_PASSWORD" \
  TURNPIKE_PORTAL_URL="$TURNPIKE_PORTAL_URL" TURNPIKE_PORTAL_CLIENT_SECRET="$TURNPIKE_PORTAL_CLIENT_SECRET" \
  TURNPIKE_ADMIN_CLIENT_SECRET="$TURNPIKE_ADMIN_CLIENT_SECRET" \
  TURNPIKE_DEMO_PASSWORD="$TURNPIKE_DEMO_PASSWORD" \
    setsid "$KC_DIR/bin/kc.sh" start-dev --http-port "$KC_PORT" --import-realm --health-enabled=true \
      --http-management-port "$((KC_PORT + 1000))" >"$log_file" 2>&1 &
  KC_PID=$!
  wait_for_url "http://localhost:$KC_PORT/realms/turnpike/.well-known/openid-configuration" 180 Keycloak "$KC_PID"
  log "Keycloak ready"
}

#!/usr/bin/env bash
# wp-up.sh - bring up a throwaway, REAL WordPress 6.1 (Debian bookworm package) on 127.0.0.1
# for Copydesk's WordPress sync tests: MariaDB on a unix socket only (no TCP), PHP's built-in
# web server on 127.0.0.1:$WP_PORT. Derived from /work/shared/reference/wordpress/wp-up.sh.
#
#   eval "$(tests/support/wordpress/wp-up.sh)"   # exports WP_URL WP_USER WP_APP_PASSWORD WP_STATE
#
# Idempotent: when the instance in $WP_STATE is already up and answering, it only prints the
# export lines again; stale pid files from a crashed run are cleaned up first. Installs the
# Debian packages only when missing, and never lets them start system services.
# Everything it creates lives in $WP_STATE, except the Debian per-host config file
# /etc/wordpress/config-127.0.0.1.php (Debian keys it by host name, so one instance per host).
# Stop with wp-down.sh (kills by PID from $WP_STATE/*.pid). Logs go to stderr.
#
# Env knobs: WP_PORT (8080), WP_STATE (${TMPDIR:-/tmp}/copydesk-wp), WP_ADMIN_USER (admin),
#            WP_ADMIN_PASS (random), WP_PHP_WORKERS (4), WP_SKIP_APT (0)
set -euo pipefail

WP_PORT=${WP_PORT:-8080}
WP_HOSTIP=127.0.0.1
WP_URL="http://${WP_HOSTIP}:${WP_PORT}"
STATE=${WP_STATE:-${TMPDIR:-/tmp}/copydesk-wp}
ADMIN_USER=${WP_ADMIN_USER:-admin}
ADMIN_PASS=${WP_ADMIN_PASS:-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')}
PHP_WORKERS=${WP_PHP_WORKERS:-4}
WPROOT=/usr/share/wordpress
WPCONF=/etc/wordpress/config-${WP_HOSTIP}.php
PKGS=(wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql php-curl php-xml php-mbstring curl)

t0=$(date +%s%N)
elapsed() { local ms=$(( ($(date +%s%N) - t0) / 1000000 )); printf '%d.%03d' $((ms / 1000)) $((ms % 1000)); }
log() { printf '[wp-up %8ss] %s\n' "$(elapsed)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

print_env() {
  # shellcheck disable=SC1091
  . "$STATE/env"
  printf "export WP_URL='%s' WP_USER='%s' WP_APP_PASSWORD='%s' WP_STATE='%s'\n" "$WP_URL" "$WP_USER" "$WP_APP_PASSWORD" "$STATE"
}
alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

[ "$(id -u)" = 0 ] || die "must run as root (apt, mysql user, /etc/wordpress)"
if [ -e "$STATE/php.pid" ] || [ -e "$STATE/mariadb.pid" ]; then
  if alive "$STATE/php.pid" && alive "$STATE/mariadb.pid" && [ -f "$STATE/env" ]; then
    # shellcheck disable=SC1091
    code=$( . "$STATE/env"; curl -s -o /dev/null -w '%{http_code}' --max-time 10 -u "${WP_USER}:${WP_APP_PASSWORD}" "${WP_URL}/wp-json/wp/v2/users/me" || true)
    if [ "$code" = 200 ]; then
      log "already up in $STATE (php pid $(cat "$STATE/php.pid"), mariadbd pid $(cat "$STATE/mariadb.pid"))"
      print_env
      exit 0
    fi
  fi
  log "stale or half-up instance in $STATE: stopping it first"
  WP_STATE="$STATE" bash "$(dirname "$0")/wp-down.sh" >&2
fi

# ---------------------------------------------------------------- 1. packages
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ] && [ "${WP_SKIP_APT:-0}" != 1 ]; then
  log "apt-get install ${missing[*]}"
  # Never let postinst start apache2/mariadb system services (port 80/3306).
  made_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; made_policy=1
  fi
  [ -n "$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -print -quit 2>/dev/null)" ] || apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
    --no-install-recommends "${missing[@]}" >/dev/null
  if [ "$made_policy" = 1 ]; then rm -f /usr/sbin/policy-rc.d; fi
  log "apt done"
fi
command -v mariadbd >/dev/null || die "mariadbd not found"
command -v php >/dev/null || die "php not found"
for b in mariadbd mariadb-install-db mariadb mariadb-admin php curl; do
  command -v "$b" >/dev/null || die "$b not found (install: ${PKGS[*]})"
done

# ---------------------------------------------------------------- 2. MariaDB (socket only)
rm -rf "$STATE"
mkdir -p "$STATE/mysql" "$STATE/logs" "$STATE/wp-content/uploads" "$STATE/wp-content/mu-plugins"
chmod 755 "$STATE"
chown -R mysql:mysql "$STATE/mysql"
SOCK="$STATE/mysql/mysqld.sock"
mariadb-install-db --no-defaults --user=mysql --datadir="$STATE/mysql/data" \
  --skip-test-db --auth-root-authentication-method=socket >"$STATE/logs/mariadb-install-db.log" 2>&1 \
  || { tail -20 "$STATE/logs/mariadb-install-db.log" >&2; die "mariadb-install-db failed"; }
log "mariadb datadir initialised"
setsid mariadbd --no-defaults --user=mysql --datadir="$STATE/mysql/data" \
  --socket="$SOCK" --skip-networking --pid-file="$STATE/mysql/mariadbd.pid" \
  --log-error="$STATE/mysql/mariadbd.err" --skip-log-bin \
  --innodb-buffer-pool-size=128M --innodb-log-file-size=48M \
  --innodb-flush-log-at-trx-commit=0 --innodb-doublewrite=0 --sync-binlog=0 \
  --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
  </dev/null >"$STATE/logs/mariadbd.out" 2>&1 &
echo $! >"$STATE/mariadb.pid"
for _ in $(seq 1 100); do
  mariadb-admin --no-defaults -S "$SOCK" -uroot ping >/dev/null 2>&1 && break
  kill -0 "$(cat "$STATE/mariadb.pid")" 2>/dev/null || { tail -20 "$STATE/mysql/mariadbd.err" >&2; die "mariadbd died"; }
  sleep 0.1
done
mariadb-admin --no-defaults -S "$SOCK" -uroot ping >/dev/null || die "mariadbd not answering on $SOCK"
log "mariadbd up (pid $(cat "$STATE/mariadb.pid"), socket $SOCK, no TCP)"

DB_PASS=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
mariadb --no-defaults -S "$SOCK" -uroot <<SQL
CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '${DB_PASS}';
GRANT ALL PRIVILEGES ON wordpress.* TO 'wordpress'@'localhost';
FLUSH PRIVILEGES;
SQL

# ---------------------------------------------------------------- 3. WordPress config
ln -s "$WPROOT/wp-content/themes" "$STATE/wp-content/themes"
ln -s "$WPROOT/wp-content/plugins" "$STATE/wp-content/plugins"
chown -R www-data:www-data "$STATE/wp-content/uploads"
salt() { head -c 48 /dev/urandom | base64 | tr -d '\n/+='; }
mkdir -p /etc/wordpress
umask 077
cat >"$WPCONF" <<PHP
<?php
/* generated by wp-up.sh for a local REST test instance; removed by wp-down.sh */
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', '${DB_PASS}');
define('DB_HOST', 'localhost:${SOCK}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
define('AUTH_KEY', '$(salt)');
define('SECURE_AUTH_KEY', '$(salt)');
define('LOGGED_IN_KEY', '$(salt)');
define('NONCE_KEY', '$(salt)');
define('AUTH_SALT', '$(salt)');
define('SECURE_AUTH_SALT', '$(salt)');
define('LOGGED_IN_SALT', '$(salt)');
define('NONCE_SALT', '$(salt)');
\$table_prefix = 'wp_';
define('WP_HOME', '${WP_URL}');
define('WP_SITEURL', '${WP_URL}');
define('WP_CONTENT_DIR', '${STATE}/wp-content');
define('WP_CONTENT_URL', '${WP_URL}/wp-content');
/* Application Passwords over plain http need environment type 'local' */
define('WP_ENVIRONMENT_TYPE', 'local');
/* No traffic off the box: block all outbound HTTP except to this host */
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_ALLOW_MULTISITE', false);
define('FS_METHOD', 'direct');
define('WP_DEBUG', false);
PHP
umask 022
chmod 644 "$WPCONF"   # php -S runs as root here; tighten to www-data if you use apache

# mu-plugin: never send mail, never phone home (belt and braces)
cat >"$STATE/wp-content/mu-plugins/local-test.php" <<'PHP'
<?php
/* Plugin Name: local test instance guards (wp-up.sh) */
add_filter('pre_wp_mail', '__return_false');
add_filter('pre_http_request', function ($pre, $args, $url) {
    $h = parse_url($url, PHP_URL_HOST);
    return in_array($h, array('127.0.0.1', 'localhost'), true) ? $pre
        : new WP_Error('http_request_blocked', 'wp-up: outbound HTTP blocked: ' . $url);
}, 10, 3);
PHP

# mu-plugin: post meta for source and image credit, as a site would register it for Copydesk
# (the adapter's metaKeys option); without it the content footer alone carries them.
cat >"$STATE/wp-content/mu-plugins/copydesk-meta.php" <<'PHP'
<?php
/* Plugin Name: Copydesk post meta (wp-up.sh) */
add_action('init', function () {
    foreach (array('copydesk_source', 'copydesk_image_credit') as $key) {
        register_post_meta('post', $key, array(
            'show_in_rest' => true, 'single' => true, 'type' => 'string', 'default' => '',
            'auth_callback' => function () { return current_user_can('edit_posts'); },
        ));
    }
});
PHP

# router for php -S: pretty permalinks (/wp-json/...) + /wp-content from WP_CONTENT_DIR
cat >"$STATE/router.php" <<PHP
<?php
\$root = '${WPROOT}';
\$content = '${STATE}/wp-content';
\$path = rawurldecode(parse_url(\$_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
if (strpos(\$path, '..') !== false) { http_response_code(400); exit; }
if (strncmp(\$path, '/wp-content/', 12) === 0) {
    \$f = \$content . substr(\$path, 11);
    if (is_file(\$f) && substr(\$f, -4) !== '.php') {
        \$types = array('css'=>'text/css','js'=>'application/javascript','svg'=>'image/svg+xml','json'=>'application/json','woff2'=>'font/woff2');
        \$ext = strtolower(pathinfo(\$f, PATHINFO_EXTENSION));
        header('Content-Type: ' . (\$types[\$ext] ?? (mime_content_type(\$f) ?: 'application/octet-stream')));
        header('Content-Length: ' . filesize(\$f));
        readfile(\$f);
        return true;
    }
}
if (\$path !== '/' && file_exists(\$root . \$path)) {
    return false;               // real file or directory: let php -S serve / execute it
}
\$_SERVER['SCRIPT_NAME'] = '/index.php';
\$_SERVER['SCRIPT_FILENAME'] = \$root . '/index.php';
\$_SERVER['PHP_SELF'] = '/index.php';
chdir(\$root);
require \$root . '/index.php';
PHP

# CLI helper (stands in for wp-cli, which Debian bookworm does not package)
cat >"$STATE/wp-cli-lite.php" <<'PHP'
<?php
// php wp-cli-lite.php <host:port> install <title> <user> <pass> <email>
// php wp-cli-lite.php <host:port> app-password <user> <name>
// php wp-cli-lite.php <host:port> eval '<php code>'
list(, $host, $cmd) = $argv;
$_SERVER['HTTP_HOST'] = $host;
$_SERVER['SERVER_NAME'] = preg_replace('/:.*/', '', $host);
$_SERVER['SERVER_PORT'] = preg_match('/:(\d+)$/', $host, $m) ? $m[1] : '80';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
if ($cmd === 'install') define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
switch ($cmd) {
case 'install':
    require_once ABSPATH . 'wp-admin/includes/upgrade.php';
    if (is_blog_installed()) { fwrite(STDERR, "already installed\n"); exit(1); }
    list(, , , $title, $user, $pass, $email) = $argv;
    $r = wp_install($title, $user, $email, false, '', wp_slash($pass));
    if (is_wp_error($r)) { fwrite(STDERR, $r->get_error_message() . "\n"); exit(1); }
    update_option('permalink_structure', '/%postname%/');
    update_option('rewrite_rules', '');          // regenerated on next request
    update_option('timezone_string', 'UTC');
    echo "installed user_id={$r['user_id']}\n";
    break;
case 'app-password':
    list(, , , $user, $name) = $argv;
    $u = get_user_by('login', $user);
    if (!$u) { fwrite(STDERR, "no such user $user\n"); exit(1); }
    if (!wp_is_application_passwords_available_for_user($u)) { fwrite(STDERR, "application passwords unavailable (need https or WP_ENVIRONMENT_TYPE=local)\n"); exit(1); }
    $r = WP_Application_Passwords::create_new_application_password($u->ID, array('name' => $name));
    if (is_wp_error($r)) { fwrite(STDERR, $r->get_error_message() . "\n"); exit(1); }
    echo $r[0], "\n";
    break;
case 'eval':
    eval($argv[3]);
    break;
default:
    fwrite(STDERR, "unknown command $cmd\n"); exit(2);
}
PHP

# ---------------------------------------------------------------- 4. php -S on 127.0.0.1
# php-start.sh: also used by the integration tests to restart php -S after stopping it by PID.
cat >"$STATE/php-start.sh" <<SH
#!/usr/bin/env bash
# starts php -S for $WP_URL in its own process group; its PID (== PGID) goes to php.pid
PHP_CLI_SERVER_WORKERS=$PHP_WORKERS setsid php \\
  -d opcache.enable_cli=1 -d opcache.validate_timestamps=1 \\
  -d upload_max_filesize=64M -d post_max_size=64M -d memory_limit=512M \\
  -d display_errors=stderr -d log_errors=On \\
  -S "${WP_HOSTIP}:${WP_PORT}" -t "$WPROOT" "$STATE/router.php" \\
  </dev/null >>"$STATE/logs/php-server.log" 2>&1 &
echo \$! >"$STATE/php.pid"
SH
chmod +x "$STATE/php-start.sh"
bash "$STATE/php-start.sh"
for _ in $(seq 1 50); do
  curl -s -o /dev/null --max-time 2 "${WP_URL}/wp-includes/images/blank.gif" && break
  kill -0 "$(cat "$STATE/php.pid")" 2>/dev/null || { tail -20 "$STATE/logs/php-server.log" >&2; die "php -S died"; }
  sleep 0.1
done
log "php -S up (pid/pgid $(cat "$STATE/php.pid"), ${PHP_WORKERS} workers, ${WP_URL})"

# ---------------------------------------------------------------- 5. install + app password
php "$STATE/wp-cli-lite.php" "${WP_HOSTIP}:${WP_PORT}" install "WP REST test site" \
  "$ADMIN_USER" "$ADMIN_PASS" "${ADMIN_USER}@localhost.localdomain" >"$STATE/logs/install.log" 2>&1 \
  || { cat "$STATE/logs/install.log" >&2; die "wp_install failed"; }
log "WordPress installed ($(cat "$STATE/logs/install.log"))"
# a second user the tests map an article author to (role author)
php "$STATE/wp-cli-lite.php" "${WP_HOSTIP}:${WP_PORT}" eval \
  '$id = wp_insert_user(array("user_login" => "anna", "user_pass" => wp_generate_password(24), "display_name" => "Anna Schmidt", "user_email" => "anna@localhost.localdomain", "role" => "author")); if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); } echo "anna=$id\n";' \
  >>"$STATE/logs/install.log" 2>&1 || { cat "$STATE/logs/install.log" >&2; die "creating user anna failed"; }
APP_PASS=$(php "$STATE/wp-cli-lite.php" "${WP_HOSTIP}:${WP_PORT}" app-password "$ADMIN_USER" "wp-up $(date +%s)") \
  || die "application password creation failed"

# ---------------------------------------------------------------- 6. smoke test
code=$(curl -s -o "$STATE/logs/users-me.json" -w '%{http_code}' -u "${ADMIN_USER}:${APP_PASS}" \
  "${WP_URL}/wp-json/wp/v2/users/me?context=edit")
[ "$code" = 200 ] || { cat "$STATE/logs/users-me.json" >&2; die "REST auth smoke test got HTTP $code"; }
grep -q '"administrator"' "$STATE/logs/users-me.json" || die "REST smoke test: not administrator"

cat >"$STATE/env" <<ENV
WP_URL=${WP_URL}
WP_REST=${WP_URL}/wp-json
WP_USER=${ADMIN_USER}
WP_PASS=${ADMIN_PASS}
WP_APP_PASSWORD='${APP_PASS}'
WP_STATE=${STATE}
ENV
log "REST smoke test OK; total bring-up $(elapsed)s"
print_env

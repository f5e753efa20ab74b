#!/bin/sh
# Start as root only long enough to make the volumes writable, then run the bot as an unprivileged user.
#
# The bot runs as the owner of the bind-mounted knowledge folder (so uploads land in files the host user
# owns), or as BOT_UID/BOT_GID when set, and never as root: a root-owned folder means uid 10001.
# Started with `docker run --user …` the entrypoint changes nothing and simply runs the command.
# APP_DIR exists for the tests; in the image it is /app.
set -eu
app="${APP_DIR:-/app}"

if [ "$(id -u)" != "0" ]; then
    exec "$@"
fi

uid="${BOT_UID:-$(stat -c %u "$app/knowledge")}"
gid="${BOT_GID:-$(stat -c %g "$app/knowledge")}"
if [ "$uid" = "0" ]; then
    uid=10001
    gid=10001
fi

# index/ and data/ belong to the bot alone; knowledge/ only needs a writable uploads/ folder and, when the
# folder is root-owned, the folder itself (new documents are written next to the others only via uploads/).
mkdir -p "$app/knowledge/uploads" "$app/index" "$app/data"
chown -R "$uid:$gid" "$app/index" "$app/data" "$app/knowledge/uploads"
if [ "$(stat -c %u "$app/knowledge")" = "0" ]; then
    chown "$uid:$gid" "$app/knowledge"
fi
# The query log and its salt are personal data: owner-only, whatever the volume was created with.
chmod 700 "$app/data"

exec setpriv --reuid="$uid" --regid="$gid" --clear-groups env HOME=/tmp "$@"

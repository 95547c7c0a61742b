#!/usr/bin/env bash
# A real single-node Apache Kafka (KRaft: one combined broker + controller) on 127.0.0.1, built
# from the official org.apache.kafka jars that Maven resolves from Maven Central. No Docker.
#
#   kafka-infra/local-kafka.sh start    returns once the broker accepts connections (idempotent)
#   kafka-infra/local-kafka.sh stop     stops it by PID
#   kafka-infra/local-kafka.sh status
#
# KAFKA_PORT (default 9092) is the client port; the controller listens on KAFKA_PORT+1.
# State (classpath, data, log, pid) lives in kafka-infra/.local unless KAFKA_STATE_DIR says otherwise.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
STATE="${KAFKA_STATE_DIR:-$HERE/.local}"
PORT="${KAFKA_PORT:-9092}"
CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-$((PORT + 1))}"
PIDFILE="$STATE/kafka-$PORT.pid"
LOG="$STATE/kafka-$PORT.log"
DATA="$STATE/data-$PORT"
PROPS="$STATE/server-$PORT.properties"
CLASSPATH_FILE="$STATE/classpath.txt"

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
running() { [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; }

resolve_classpath() {
  if [ ! -s "$CLASSPATH_FILE" ] || [ "$HERE/pom.xml" -nt "$CLASSPATH_FILE" ]; then
    echo "resolving Apache Kafka jars with Maven ..." >&2
    mvn -q -B -f "$HERE/pom.xml" dependency:build-classpath -Dmdep.outputFile="$CLASSPATH_FILE" >&2
  fi
  cat "$CLASSPATH_FILE"
}

write_properties() {
  cat > "$PROPS" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$DATA
num.partitions=3
auto.create.topics.enable=false
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
log.retention.hours=24
PROPS
}

start() {
  mkdir -p "$STATE"
  if running && port_open "$PORT"; then
    echo "Kafka already running on 127.0.0.1:$PORT (pid $(cat "$PIDFILE"))"
    return 0
  fi
  if port_open "$PORT"; then
    echo "127.0.0.1:$PORT is taken by something that is not this script's Kafka" >&2
    return 1
  fi
  command -v java >/dev/null || { echo "java is required (Java 17)" >&2; return 1; }
  command -v mvn >/dev/null || { echo "mvn is required to resolve the Kafka jars" >&2; return 1; }
  local cp
  cp="$(resolve_classpath)"
  write_properties
  if [ ! -f "$DATA/meta.properties" ]; then
    local cluster_id
    cluster_id="$(java -cp "$cp" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1)"
    java -cp "$cp" kafka.tools.StorageTool format -t "$cluster_id" -c "$PROPS" --ignore-formatted >>"$LOG" 2>&1
  fi
  cat > "$STATE/log4j.properties" <<'L4J'
log4j.rootLogger=WARN, stdout
log4j.appender.stdout=org.apache.log4j.ConsoleAppender
log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka.server.KafkaServer=INFO
log4j.logger.kafka.server.BrokerServer=INFO
L4J
  nohup java -Xms256m -Xmx512m -XX:+UseG1GC -Dlog4j.configuration="file:$STATE/log4j.properties" \
    -cp "$cp" kafka.Kafka "$PROPS" >>"$LOG" 2>&1 &
  echo $! > "$PIDFILE"
  for _ in $(seq 1 120); do
    if port_open "$PORT"; then
      echo "Kafka is up on 127.0.0.1:$PORT (pid $(cat "$PIDFILE"), log $LOG)"
      return 0
    fi
    running || { echo "Kafka exited during start; see $LOG" >&2; tail -n 30 "$LOG" >&2; return 1; }
    sleep 0.5
  done
  echo "Kafka did not accept connections within 60 s; see $LOG" >&2
  return 1
}

stop() {
  if ! running; then
    rm -f "$PIDFILE"
    echo "Kafka is not running"
    return 0
  fi
  local pid
  pid="$(cat "$PIDFILE")"
  kill -TERM "$pid"
  for _ in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || { rm -f "$PIDFILE"; echo "Kafka stopped"; return 0; }
    sleep 0.5
  done
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$PIDFILE"
  echo "Kafka killed after 30 s"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if running && port_open "$PORT"; then echo "running (pid $(cat "$PIDFILE"))"; else echo "stopped"; exit 3; fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac

module github.com/acme/inventory-service

go 1.22.0

toolchain go1.22.5

require (
	github.com/acme/shared v0.0.0-00010101000000-000000000000
	github.com/gin-gonic/gin v1.10.0
	github.com/google/uuid v1.6.0
	github.com/jackc/pgx/v5 v5.6.0
	golang.org/x/crypto v0.24.0
	gopkg.in/yaml.v3 v3.0.1
)

require (
	github.com/bytedance/sonic v1.11.6 // indirect
	github.com/docker/docker v24.0.9+incompatible // indirect
	github.com/gabriel-vasile/mimetype v1.4.3 // indirect
	github.com/jackc/pgpassfile v1.0.0 // indirect
	github.com/jackc/pgservicefile v0.0.0-20221227161230-091c0ba34f0a // indirect
	golang.org/x/net v0.26.0 // indirect
	golang.org/x/sys v0.21.0 // indirect
	golang.org/x/text v0.16.0 // indirect
)

replace github.com/acme/shared => ../shared

replace github.com/gin-gonic/gin v1.10.0 => github.com/acme/gin v1.10.1-0.20240601120000-abcdef123456

exclude github.com/docker/docker v24.0.7+incompatible

retract (
	v1.0.1 // Published with a broken migration.
	[v1.1.0, v1.1.2] // Leaked a test credential.
)

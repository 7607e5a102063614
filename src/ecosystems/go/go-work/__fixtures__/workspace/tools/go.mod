// Not used by go.work: its own module, the workspace's replaces do not apply.
module example.com/tools

go 1.22.5

require github.com/google/uuid v1.6.0

module github.com/copydesk/copydesk/services/claims

go 1.26.0

require github.com/copydesk/copydesk/pkg v0.0.0

replace github.com/copydesk/copydesk/pkg => ../../pkg

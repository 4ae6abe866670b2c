// net/url as services use it: parse, inspect, build queries, resolve references, errors.
package main

import (
	"errors"
	"fmt"
	"net/url"
)

func main() {
	u, err := url.Parse("https://admin:s3cret@api.example.com:8443/v1/items/a%2Fb?limit=10&tag=x&tag=y#top")
	if err != nil {
		panic(err)
	}
	fmt.Println(u.Scheme, u.Host, u.Hostname(), u.Port(), u.Path, u.RawPath, u.EscapedPath(), u.Fragment)
	fmt.Println(u.User.Username(), u.Redacted(), u.RequestURI())
	q := u.Query()
	fmt.Println(q["tag"], q.Get("limit"), q.Get("missing"), q.Has("tag"))
	q.Set("limit", "20")
	q.Add("sort", "name desc")
	q.Del("tag")
	u.RawQuery = q.Encode()
	fmt.Println(u)
	next, _ := u.Parse("../other?x=1")
	fmt.Println(next, next.IsAbs())
	rel := &url.URL{Path: "a b/c:d"}
	fmt.Println(rel.String(), u.ResolveReference(rel))
	built := url.URL{Scheme: "http", Host: "localhost:8080", Path: "/search", RawQuery: url.Values{"q": {"go & python"}}.Encode()}
	fmt.Println(built.String())
	fmt.Println(url.QueryEscape("a b&c=d/é"), url.PathEscape("a b/c"))
	if _, err := url.Parse("http://bad host/"); err != nil {
		var ue *url.Error
		fmt.Println(err, errors.As(err, &ue), ue.Op, ue.URL)
	}
	_, err = url.ParseQuery("a=1;b=2")
	fmt.Println(err)
	_, err = url.QueryUnescape("100%")
	fmt.Println(err)
	var nilUser *url.Userinfo
	fmt.Println(nilUser.Username() == "", url.UserPassword("me", "pw"))
	joined, err := url.JoinPath("https://example.com/base/", "x", "y/")
	fmt.Println(joined, err)
	fmt.Printf("%v %T %T\n", built.User == nil, u, q)
}

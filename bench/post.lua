-- wrk script: POST the body in the environment variable BODY as JSON, with AUTH as the Authorization header.
wrk.method = "POST"
wrk.body = os.getenv("BODY")
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = os.getenv("AUTH")

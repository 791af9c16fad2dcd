articles = Article.objects.order_by('-pk')
for article in articles:
    print(article.user.username, article.title)

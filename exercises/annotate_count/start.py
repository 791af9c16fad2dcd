articles = Article.objects.order_by('-pk')
for article in articles:
    print(article.title, article.comment_set.count())

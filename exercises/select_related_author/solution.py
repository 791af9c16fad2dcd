articles = Article.objects.select_related('user').order_by('-pk')
for article in articles:
    print(article.user.username, article.title)

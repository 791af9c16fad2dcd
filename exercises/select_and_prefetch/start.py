articles = Article.objects.order_by('-pk')
for article in articles:
    print(article.title)
    for comment in article.comment_set.all():
        print('  ', comment.user.username, ':', comment.content)
